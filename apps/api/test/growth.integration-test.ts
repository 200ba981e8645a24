import { describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

interface GrowthResult {
  indicator: { code: string };
  region: { code: string };
  start: { period: string; value: number } | null;
  end: { period: string; value: number } | null;
  years: number;
  absoluteChange: number | null;
  relativeChange: number | null;
  cagr: number | null;
}

const growthQuery = `query ($indicators: [String!]!, $regions: [String!]!, $from: String!, $to: String!) {
  growth(indicators: $indicators, regions: $regions, from: $from, to: $to) {
    indicator { code } region { code }
    start { period value } end { period value }
    years absoluteChange relativeChange cagr
  }
}`;

async function storedValue(indicator: string, region: string, period: string) {
  const row = await api.prisma.observation.findFirst({
    where: { indicator: { code: indicator }, region: { code: region }, period },
  });
  return row?.value ?? null;
}

describe('growth', () => {
  it('computes change and compound annual growth from the stored values', async () => {
    const regions = ['USA', 'CHN', 'JPN'];
    const data = await queryData<{ growth: GrowthResult[] }>(api.baseUrl, growthQuery, {
      indicators: ['top500_rmax_pflops'],
      regions,
      from: '2019-06',
      to: '2024-06',
    });
    expect(data.growth.map((row) => row.region.code)).toEqual(regions);
    for (const row of data.growth) {
      const start = await storedValue('top500_rmax_pflops', row.region.code, '2019-06');
      const end = await storedValue('top500_rmax_pflops', row.region.code, '2024-06');
      expect(start).not.toBeNull();
      expect(end).not.toBeNull();
      expect(row.start?.value).toBe(start);
      expect(row.end?.value).toBe(end);
      expect(row.years).toBe(5);
      expect(row.absoluteChange).toBeCloseTo(end! - start!);
      expect(row.relativeChange).toBeCloseTo(end! / start! - 1);
      expect(row.cagr).toBeCloseTo((end! / start!) ** (1 / 5) - 1);
    }
  });

  it('leaves the measures null where an observation is missing', async () => {
    const start = await api.prisma.observation.findFirstOrThrow({
      where: { indicator: { code: 'top500_systems' }, period: '2019-06' },
      select: { regionId: true },
    });
    // A region on the 2019 list that has no value for a period that does not exist.
    const region = await api.prisma.region.findUniqueOrThrow({ where: { id: start.regionId } });
    const data = await queryData<{ growth: GrowthResult[] }>(api.baseUrl, growthQuery, {
      indicators: ['top500_systems'],
      regions: [region.code],
      from: '2019-06',
      to: '2019-07',
    });
    expect(data.growth[0]).toMatchObject({
      start: { period: '2019-06' },
      end: null,
      absoluteChange: null,
      relativeChange: null,
      cagr: null,
    });
    expect(data.growth[0]?.years).toBeCloseTo(1 / 12);
  });

  it('refuses an end before the start', async () => {
    const response = await postGraphql(api.baseUrl, growthQuery, {
      indicators: ['top500_systems'],
      regions: ['USA'],
      from: '2024',
      to: '2019',
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('series yearOnYear', () => {
  it('compares every point with the same period a year earlier, reaching before from', async () => {
    const data = await queryData<{
      series: {
        points: { period: string }[];
        yearOnYear: {
          period: string;
          value: number;
          previousPeriod: string;
          previousValue: number | null;
          rate: number | null;
        }[];
      }[];
    }>(
      api.baseUrl,
      `{ series(indicators: ["top500_systems"], regions: ["USA"], from: "2020", to: "2024") {
          points { period }
          yearOnYear { period value previousPeriod previousValue rate }
        } }`,
    );
    const [series] = data.series;
    expect(series!.yearOnYear.map((row) => row.period)).toEqual(
      series!.points.map((p) => p.period),
    );
    const compared = series!.yearOnYear.filter((row) => row.previousValue !== null);
    expect(compared.some((row) => row.previousPeriod.startsWith('2019'))).toBe(true);
    for (const row of series!.yearOnYear) {
      const previous = await storedValue('top500_systems', 'USA', row.previousPeriod);
      expect(row.previousValue).toBe(previous);
      if (previous !== null) expect(row.rate).toBeCloseTo(row.value / previous - 1);
      else expect(row.rate).toBeNull();
    }
  });
});

describe('year-on-year growth of one observation', () => {
  it('compares the latest value with the same period a year earlier, like growth', async () => {
    const data = await queryData<{
      latest: {
        indicator: { code: string };
        period: string;
        yearOnYear: { previousPeriod: string; previousValue: number | null; rate: number | null };
      }[];
    }>(
      api.baseUrl,
      `{ latest(indicators: ["top500_rmax_total_pflops", "internet_users_pct"], regions: ["WLD"], computeAggregates: false) {
          indicator { code } period yearOnYear { previousPeriod previousValue rate } } }`,
    );
    expect(data.latest).toHaveLength(2);
    for (const figure of data.latest) {
      const previousPeriod = `${Number(figure.period.slice(0, 4)) - 1}${figure.period.slice(4)}`;
      const { growth } = await queryData<{ growth: GrowthResult[] }>(api.baseUrl, growthQuery, {
        indicators: [figure.indicator.code],
        regions: ['WLD'],
        from: previousPeriod,
        to: figure.period,
      });
      expect(figure.yearOnYear.previousPeriod).toBe(previousPeriod);
      expect(figure.yearOnYear.previousValue).toBe(growth[0]!.start?.value ?? null);
      expect(figure.yearOnYear.rate).toBeCloseTo(growth[0]!.relativeChange!);
    }
  });
});
