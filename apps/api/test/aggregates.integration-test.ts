import { describe, expect, it } from 'vitest';
import { queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

interface Point {
  period: string;
  value: number;
  computed: boolean;
  note: string | null;
  source: { key: string } | null;
  computedFrom: { region: { code: string }; value: number }[];
}

const seriesQuery = `query ($indicators: [String!]!, $regions: [String!]!, $computeAggregates: Boolean!) {
  series(indicators: $indicators, regions: $regions, computeAggregates: $computeAggregates) {
    region { code }
    points { period value computed note source { key } computedFrom { region { code } value } }
  }
}`;

/** The members' stored values per period, summed as the API should. */
async function memberSums(indicatorCode: string, aggregateCode: string) {
  const members = await api.prisma.region.findMany({
    where: { aggregates: { some: { aggregate: { code: aggregateCode } } } },
  });
  const rows = await api.prisma.observation.findMany({
    where: { indicator: { code: indicatorCode }, regionId: { in: members.map((m) => m.id) } },
    include: { region: true },
  });
  const sums = new Map<string, { value: number; regions: string[] }>();
  for (const row of rows) {
    const sum = sums.get(row.period) ?? { value: 0, regions: [] };
    sum.value += row.value;
    sum.regions.push(row.region.code);
    sums.set(row.period, sum);
  }
  return { memberCount: members.length, sums };
}

describe('values computed for aggregates', () => {
  it('sums the members of an aggregate for an additive indicator and marks the values computed', async () => {
    const indicator = await api.prisma.indicator.findUniqueOrThrow({
      where: { code: 'top500_systems' },
    });
    expect(indicator.additive).toBe(true);
    const { memberCount, sums } = await memberSums('top500_systems', 'EUR');
    expect(sums.size).toBeGreaterThan(5);

    const data = await queryData<{ series: { points: Point[] }[] }>(api.baseUrl, seriesQuery, {
      indicators: ['top500_systems'],
      regions: ['EUR'],
      computeAggregates: true,
    });
    const points = data.series[0]!.points;
    expect(points.map((point) => point.period).sort()).toEqual([...sums.keys()].sort());
    for (const point of points) {
      const expected = sums.get(point.period)!;
      expect(point.computed).toBe(true);
      expect(point.source).toBeNull();
      expect(point.value).toBeCloseTo(expected.value);
      expect(point.computedFrom.map((row) => row.region.code).sort()).toEqual(
        expected.regions.sort(),
      );
      expect(point.note).toBe(`Sum of ${expected.regions.length} of ${memberCount} members`);
    }
  });

  it('keeps a stored aggregate value instead of computing one for its period', async () => {
    const stored = await api.prisma.observation.findFirst({
      where: {
        region: { kind: 'AGGREGATE', members: { some: {} } },
        indicator: { additive: true },
      },
      include: { indicator: true, region: true },
    });
    expect(stored, 'the seed stores values for aggregates with members').not.toBeNull();
    const data = await queryData<{ series: { points: Point[] }[] }>(api.baseUrl, seriesQuery, {
      indicators: [stored!.indicator.code],
      regions: [stored!.region.code],
      computeAggregates: true,
    });
    const point = data.series[0]!.points.find((p) => p.period === stored!.period);
    expect(point).toMatchObject({ value: stored!.value, computed: false, computedFrom: [] });
  });

  it('computes nothing when asked not to, or for indicators that cannot be summed', async () => {
    const storedCount = await api.prisma.observation.count({
      where: { indicator: { code: 'top500_systems' }, region: { code: 'EUR' } },
    });
    const off = await queryData<{ series: { points: Point[] }[] }>(api.baseUrl, seriesQuery, {
      indicators: ['top500_systems'],
      regions: ['EUR'],
      computeAggregates: false,
    });
    expect(off.series[0]!.points).toHaveLength(storedCount);

    const ratio = await api.prisma.indicator.findFirstOrThrow({
      where: {
        additive: false,
        observations: {
          some: { region: { aggregates: { some: { aggregate: { code: 'EUR' } } } } },
        },
      },
    });
    const notAdditive = await queryData<{ series: { points: Point[] }[] }>(
      api.baseUrl,
      seriesQuery,
      {
        indicators: [ratio.code],
        regions: ['EUR'],
        computeAggregates: true,
      },
    );
    expect(notAdditive.series[0]!.points.every((point) => !point.computed)).toBe(true);
  });

  it('gives the latest computed value when no stored value is more recent', async () => {
    const { sums } = await memberSums('top500_systems', 'EUR');
    const periods = await api.prisma.observation.findMany({
      where: { indicator: { code: 'top500_systems' }, period: { in: [...sums.keys()] } },
      select: { period: true, periodStart: true },
      orderBy: { periodStart: 'desc' },
      take: 1,
    });
    const data = await queryData<{
      latest: { period: string; value: number; computed: boolean }[];
    }>(
      api.baseUrl,
      '{ latest(indicators: ["top500_systems"], regions: ["EUR"]) { period value computed } }',
    );
    expect(data.latest).toHaveLength(1);
    expect(data.latest[0]!.period).toBe(periods[0]!.period);
    expect(data.latest[0]!.computed).toBe(true);
    expect(data.latest[0]!.value).toBeCloseTo(sums.get(periods[0]!.period)!.value);
  });
});
