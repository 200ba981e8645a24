import { describe, expect, it } from 'vitest';
import { queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

const code = 'top500_rmax_pflops';

interface Point {
  period: string;
  value: number;
  region: { code: string };
  source: { key: string } | null;
}

interface Chart {
  regions: { code: string }[];
  perCapita: boolean;
  unit: string;
  series: { region: { code: string }; points: Point[] }[];
  sources: { key: string }[];
}

const chartQuery = `query ($code: String!, $regions: [String!]!, $perCapita: Boolean!) {
  indicator(code: $code) {
    unit
    chart(regions: $regions, perCapita: $perCapita) {
      regions { code } perCapita unit
      series { region { code } points { period value region { code } source { key } } }
      sources { key }
    }
  }
}`;

async function chart(regions: string[], perCapita = false, indicator = code) {
  const data = await queryData<{ indicator: { unit: string; chart: Chart } }>(
    api.baseUrl,
    chartQuery,
    { code: indicator, regions, perCapita },
  );
  return data.indicator;
}

async function storedPopulation(region: string, year: string) {
  const row = await api.prisma.observation.findFirst({
    where: { indicator: { code: 'population' }, region: { code: region }, period: year },
  });
  return row?.value ?? null;
}

describe('an indicator page in one request', () => {
  it('lists the regions with measured values, countries first', async () => {
    const data = await queryData<{
      indicator: { measuredRegions: { code: string; kind: string }[] };
    }>(api.baseUrl, `{ indicator(code: "${code}") { measuredRegions { code kind } } }`);
    const stored = await api.prisma.observation.findMany({
      where: { indicator: { code }, status: { not: 'PROJECTION' } },
      distinct: ['regionId'],
      select: { region: { select: { code: true } } },
    });
    const regions = data.indicator.measuredRegions;
    expect(regions.map((region) => region.code).sort()).toEqual(
      stored.map((row) => row.region.code).sort(),
    );
    const kindOrder = ['COUNTRY', 'WORLD', 'AGGREGATE', 'SUBNATIONAL'];
    const kinds = regions.map((region) => kindOrder.indexOf(region.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(kinds[0]).toBe(0);
  });

  it('charts the leading countries of the latest ranking when no region is asked for', async () => {
    const data = await queryData<{
      ranking: { entries: { region: { code: string } }[] };
      indicator: { defaultRegions: { code: string }[] };
    }>(
      api.baseUrl,
      `{ ranking(indicator: "${code}", limit: 5) { entries { region { code } } }
         indicator(code: "${code}") { defaultRegions { code } } }`,
    );
    const leaders = data.ranking.entries.slice(0, 5).map((entry) => entry.region.code);
    expect(data.indicator.defaultRegions.map((region) => region.code)).toEqual(leaders);
    const { chart: shown } = await chart([]);
    expect(shown.regions.map((region) => region.code)).toEqual(leaders);
    // Asked-for regions without a value fall back to the same default.
    expect((await chart(['ATA'])).chart.regions.map((region) => region.code)).toEqual(leaders);
  });

  it('keeps the regions asked for that have values, in the order asked', async () => {
    const { unit, chart: shown } = await chart(['JPN', 'NOWHERE', 'USA']);
    expect(shown.regions.map((region) => region.code)).toEqual(['JPN', 'USA']);
    expect(shown.series.map((series) => series.region.code)).toEqual(['JPN', 'USA']);
    expect(shown.perCapita).toBe(false);
    expect(shown.unit).toBe(unit);
    const cited = new Set(
      shown.series.flatMap((series) => series.points.flatMap((point) => point.source?.key ?? [])),
    );
    expect(new Set(shown.sources.map((source) => source.key))).toEqual(cited);
  });

  it('divides by the population of the same year, per million people', async () => {
    const absolute = (await chart(['USA', 'CHN'])).chart;
    const { unit, chart: perPerson } = await chart(['USA', 'CHN'], true);
    expect(perPerson.perCapita).toBe(true);
    expect(perPerson.unit).toBe(`${unit} per million people`);
    let compared = 0;
    for (const series of perPerson.series) {
      const stored = absolute.series.find((item) => item.region.code === series.region.code)!;
      for (const point of series.points) {
        const people = await storedPopulation(series.region.code, point.period.slice(0, 4));
        const value = stored.points.find((item) => item.period === point.period)!.value;
        expect(people).not.toBeNull();
        expect(point.value).toBeCloseTo((value / people!) * 1e6, 9);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
    const population = await api.prisma.observation.findFirst({
      where: { indicator: { code: 'population' }, region: { code: 'USA' } },
      select: { source: { select: { key: true } } },
    });
    expect(perPerson.sources.map((source) => source.key)).toContain(population!.source!.key);
  });

  it('shows shares as they are, per person or not', async () => {
    const { unit, chart: shown } = await chart(['USA'], true, 'internet_users_pct');
    expect(shown.perCapita).toBe(false);
    expect(shown.unit).toBe(unit);
  });

  it('maps every country of one period, ranked as the ranking ranks them', async () => {
    const data = await queryData<{
      ranking: { period: string; entries: { rank: number; region: { code: string } }[] };
      indicator: {
        map: {
          periods: string[];
          period: string;
          entries: { rank: number; region: { code: string }; value: number }[];
        };
      };
    }>(
      api.baseUrl,
      `{ ranking(indicator: "${code}") { period entries { rank region { code } } }
         indicator(code: "${code}") { map { periods period entries { rank region { code } value } } } }`,
    );
    const { map } = data.indicator;
    expect(map.period).toBe(data.ranking.period);
    expect(map.periods[0]).toBe(map.period);
    expect(map.entries.map((entry) => entry.rank)).toEqual(
      data.ranking.entries.map((entry) => entry.rank),
    );
    expect(new Set(map.entries.map((entry) => entry.region.code))).toEqual(
      new Set(data.ranking.entries.map((entry) => entry.region.code)),
    );
  });

  it('maps an earlier period per person when asked', async () => {
    const data = await queryData<{
      indicator: {
        map: {
          period: string;
          perCapita: boolean;
          entries: { rank: number; value: number; region: { code: string } }[];
        };
      };
    }>(
      api.baseUrl,
      `{ indicator(code: "${code}") { map(period: "2020-11", perCapita: true) { period perCapita entries { rank value region { code } } } } }`,
    );
    const { map } = data.indicator;
    expect(map).toMatchObject({ period: '2020-11', perCapita: true });
    const values = map.entries.map((entry) => entry.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const usa = map.entries.find((entry) => entry.region.code === 'USA')!;
    const stored = await api.prisma.observation.findFirst({
      where: { indicator: { code }, region: { code: 'USA' }, period: '2020-11' },
    });
    expect(usa.value).toBeCloseTo((stored!.value / (await storedPopulation('USA', '2020'))!) * 1e6);
  });
});
