import type { Prisma } from '@atlas/db';
import { describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

interface Point {
  period: string;
  periodType: string;
  periodStart: string;
  value: number;
  status: string;
  note: string | null;
  source: { key: string } | null;
}

interface SeriesResult {
  indicator: { code: string };
  region: { code: string };
  points: Point[];
}

const seriesQuery = `query ($indicators: [String!]!, $regions: [String!]!, $from: String, $to: String) {
  series(indicators: $indicators, regions: $regions, from: $from, to: $to) {
    indicator { code }
    region { code }
    points { period periodType periodStart value status note source { key } }
  }
}`;

/** The stored observations of one pair as the API should present them. */
async function storedPoints(
  indicatorCode: string,
  regionCode: string,
  periodStart: Prisma.DateTimeFilter = {},
): Promise<Point[]> {
  const rows = await api.prisma.observation.findMany({
    where: { indicator: { code: indicatorCode }, region: { code: regionCode }, periodStart },
    include: { source: true },
    orderBy: [{ periodStart: 'asc' }, { period: 'asc' }],
  });
  return rows.map((row) => ({
    period: row.period,
    periodType: row.periodType,
    periodStart: row.periodStart.toISOString().slice(0, 10),
    value: row.value,
    status: row.status,
    note: row.note,
    source: row.source ? { key: row.source.key } : null,
  }));
}

describe('series', () => {
  it('returns every indicator × region pair in the order asked, each with its stored points', async () => {
    const indicators = ['top500_rmax_pflops', 'top500_systems'];
    const regions = ['USA', 'CHN', 'JPN', 'DEU'];
    const data = await queryData<{ series: SeriesResult[] }>(api.baseUrl, seriesQuery, {
      indicators,
      regions,
    });

    expect(data.series.map((s) => [s.indicator.code, s.region.code])).toEqual(
      indicators.flatMap((indicator) => regions.map((region) => [indicator, region])),
    );
    for (const series of data.series) {
      const expected = await storedPoints(series.indicator.code, series.region.code);
      expect(expected.length).toBeGreaterThan(5);
      expect(series.points).toEqual(expected);
    }
  });

  it('keeps only the periods between from and to', async () => {
    const data = await queryData<{ series: SeriesResult[] }>(api.baseUrl, seriesQuery, {
      indicators: ['top500_systems'],
      regions: ['USA'],
      from: '2021',
      to: '2023-06',
    });
    const expected = await storedPoints('top500_systems', 'USA', {
      gte: new Date('2021-01-01'),
      lte: new Date('2023-06-30'),
    });
    expect(expected.length).toBeGreaterThan(1);
    expect(data.series[0]?.points).toEqual(expected);
  });

  it('gives a pair without observations empty points', async () => {
    const covered = await api.prisma.observation.findMany({
      where: { indicator: { code: 'top500_systems' } },
      select: { regionId: true },
      distinct: ['regionId'],
    });
    const uncovered = await api.prisma.region.findFirstOrThrow({
      where: { id: { notIn: covered.map((row) => row.regionId) } },
    });
    const data = await queryData<{ series: SeriesResult[] }>(api.baseUrl, seriesQuery, {
      indicators: ['top500_systems'],
      regions: [uncovered.code],
    });
    expect(data.series).toEqual([
      { indicator: { code: 'top500_systems' }, region: { code: uncovered.code }, points: [] },
    ]);
  });

  it('names every unknown code in one NOT_FOUND error', async () => {
    const response = await postGraphql(api.baseUrl, seriesQuery, {
      indicators: ['top500_systems', 'no_such_indicator'],
      regions: ['USA', 'XXX'],
    });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors?.[0]?.message).toBe(
      "Unknown indicator: 'no_such_indicator'; unknown region: 'XXX'",
    );
  });

  it.each([
    [{ from: '2019-13' }, "from must be a period written YYYY or YYYY-MM, got '2019-13'"],
    [{ to: 'last year' }, "to must be a period written YYYY or YYYY-MM, got 'last year'"],
    [{ from: '2024', to: '2020' }, 'from (2024) must not come after to (2020)'],
  ])('refuses the period range %o with BAD_USER_INPUT', async (range, message) => {
    const response = await postGraphql(api.baseUrl, seriesQuery, {
      indicators: ['top500_systems'],
      regions: ['USA'],
      ...range,
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toBe(message);
  });
});

describe('latest', () => {
  const latestQuery = `query ($indicators: [String!]!, $regions: [String!]!, $includeProjections: Boolean!) {
    latest(indicators: $indicators, regions: $regions, includeProjections: $includeProjections) {
      indicator { code }
      region { code }
      period value status
      source { key title url }
    }
  }`;

  async function storedLatest(
    indicatorCode: string,
    regionCode: string,
    includeProjections: boolean,
  ) {
    const row = await api.prisma.observation.findFirst({
      where: {
        indicator: { code: indicatorCode },
        region: { code: regionCode },
        ...(includeProjections ? {} : { status: { not: 'PROJECTION' } }),
      },
      include: { source: true },
      orderBy: [{ periodStart: 'desc' }, { period: 'desc' }],
    });
    return (
      row && {
        indicator: { code: indicatorCode },
        region: { code: regionCode },
        period: row.period,
        value: row.value,
        status: row.status,
        source: row.source && { key: row.source.key, title: row.source.title, url: row.source.url },
      }
    );
  }

  it.each([false, true])(
    'returns the most recent stored value of each pair with data (projections included: %s)',
    async (includeProjections) => {
      const indicators = ['compute_total_eflops', 'top500_systems', 'dc_electricity_twh'];
      const regions = ['WLD', 'USA', 'CHN'];
      const data = await queryData<{ latest: unknown[] }>(api.baseUrl, latestQuery, {
        indicators,
        regions,
        includeProjections,
      });
      const expected = [];
      for (const indicator of indicators) {
        for (const region of regions) {
          const row = await storedLatest(indicator, region, includeProjections);
          if (row) expected.push(row);
        }
      }
      expect(expected.length).toBeGreaterThan(4);
      expect(data.latest).toEqual(expected);
    },
  );

  it('never passes a projection for the latest value unless asked', async () => {
    const projection = await api.prisma.observation.findFirst({
      where: { status: 'PROJECTION' },
      include: { indicator: true, region: true },
      orderBy: { periodStart: 'desc' },
    });
    expect(projection, 'the seed marks forecasts as projections').not.toBeNull();
    const variables = {
      indicators: [projection!.indicator.code],
      regions: [projection!.region.code],
    };
    const measured = await queryData<{ latest: { status: string }[] }>(api.baseUrl, latestQuery, {
      ...variables,
      includeProjections: false,
    });
    expect(measured.latest.map((row) => row.status)).not.toContain('PROJECTION');
    const forecast = await queryData<{ latest: { status: string; period: string }[] }>(
      api.baseUrl,
      latestQuery,
      { ...variables, includeProjections: true },
    );
    expect(forecast.latest).toEqual([
      expect.objectContaining({ status: 'PROJECTION', period: projection!.period }),
    ]);
  });
});
