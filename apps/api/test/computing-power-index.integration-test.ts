import { parsePeriod } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

interface IndexResult {
  period: string | null;
  minCoverage: number;
  weights: {
    pillar: { code: string };
    weight: number;
    share: number;
    indicators: {
      indicator: { code: string };
      weight: number;
      share: number;
      regionsCovered: number;
    }[];
  }[];
  entries: {
    rank: number;
    region: { code: string };
    score: number;
    coverage: number;
    pillars: {
      pillar: { code: string };
      score: number;
      effectiveWeight: number;
      contribution: number;
    }[];
    indicators: {
      indicator: { code: string };
      observation: { period: string; value: number; status: string };
      normalised: number;
      effectiveWeight: number;
      contribution: number;
    }[];
  }[];
  excluded: { region: { code: string }; coverage: number }[];
}

const indexQuery = `query ($period: String, $weights: IndexWeightsInput, $minCoverage: Float! = 0.75, $limit: Int) {
  computingPowerIndex(period: $period, weights: $weights, minCoverage: $minCoverage, limit: $limit) {
    period minCoverage
    weights { pillar { code } weight share indicators { indicator { code } weight share regionsCovered } }
    entries {
      rank region { code } score coverage
      pillars { pillar { code } score effectiveWeight contribution }
      indicators { indicator { code } observation { period value status } normalised effectiveWeight contribution }
    }
    excluded { region { code } coverage }
  }
}`;

/** Per region, the latest value of the year that is not a projection, read from the database. */
async function storedYearValues(indicatorCode: string, year: string) {
  const rows = await api.prisma.observation.findMany({
    where: {
      indicator: { code: indicatorCode },
      region: { kind: 'COUNTRY' },
      status: { not: 'PROJECTION' },
      periodStart: { gte: new Date(`${year}-01-01`), lte: new Date(`${year}-12-31`) },
    },
    include: { region: true },
    orderBy: { periodStart: 'asc' },
  });
  return new Map(rows.map((row) => [row.region.code, row]));
}

describe('computingPowerIndex', () => {
  it('uses the default weights stored with the pillars and indicators', async () => {
    const data = await queryData<{ computingPowerIndex: IndexResult }>(api.baseUrl, indexQuery);
    const pillars = await api.prisma.pillar.findMany({
      where: { indexWeight: { gt: 0 } },
      include: { indicators: { where: { indexWeight: { gt: 0 }, higherIsBetter: { not: null } } } },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
    });
    const expected = pillars.filter((pillar) => pillar.indicators.length > 0);
    expect(data.computingPowerIndex.weights.map((w) => [w.pillar.code, w.weight])).toEqual(
      expected.map((pillar) => [pillar.code, pillar.indexWeight]),
    );
    const total = expected.reduce((sum, pillar) => sum + pillar.indexWeight!, 0);
    for (const weight of data.computingPowerIndex.weights) {
      expect(weight.share).toBeCloseTo(weight.weight / total);
      const pillar = expected.find((p) => p.code === weight.pillar.code)!;
      expect(weight.indicators.map((i) => i.indicator.code).sort()).toEqual(
        pillar.indicators.map((i) => i.code).sort(),
      );
    }
  });

  it('says how many countries each weighted indicator covers in the year scored', async () => {
    const data = await queryData<{ computingPowerIndex: IndexResult }>(api.baseUrl, indexQuery);
    const index = data.computingPowerIndex;
    for (const pillar of index.weights) {
      // Every pillar of the default index rests on at least two indicators.
      expect(pillar.indicators.length).toBeGreaterThanOrEqual(2);
      for (const { indicator, regionsCovered } of pillar.indicators) {
        const stored = await storedYearValues(indicator.code, index.period!);
        expect(regionsCovered).toBe(stored.size);
      }
    }
  });

  it('scores from the stored values, normalised min-max, with contributions that add up', async () => {
    const data = await queryData<{ computingPowerIndex: IndexResult }>(api.baseUrl, indexQuery);
    const index = data.computingPowerIndex;
    expect(parsePeriod(index.period ?? '')?.type).toBe('YEAR');
    expect(index.entries.length).toBeGreaterThan(5);

    const indicatorCodes = index.weights.flatMap((w) => w.indicators.map((i) => i.indicator.code));
    const yearValues = new Map(
      await Promise.all(
        indicatorCodes.map(
          async (code) => [code, await storedYearValues(code, index.period!)] as const,
        ),
      ),
    );
    for (const entry of index.entries) {
      expect(entry.coverage).toBeGreaterThanOrEqual(0.75);
      const sum = (items: { contribution: number }[]) =>
        items.reduce((total, item) => total + item.contribution, 0);
      expect(sum(entry.indicators)).toBeCloseTo(entry.score, 6);
      expect(sum(entry.pillars)).toBeCloseTo(entry.score, 6);
      expect(entry.indicators.reduce((total, item) => total + item.effectiveWeight, 0)).toBeCloseTo(
        1,
        6,
      );
      for (const score of entry.indicators) {
        const values = yearValues.get(score.indicator.code)!;
        const stored = values.get(entry.region.code)!;
        expect(score.observation).toEqual({
          period: stored.period,
          value: stored.value,
          status: stored.status,
        });
        const all = [...values.values()].map((row) => row.value);
        const [min, max] = [Math.min(...all), Math.max(...all)];
        expect(score.normalised).toBeCloseTo(
          max === min ? 100 : (100 * (stored.value - min)) / (max - min),
          6,
        );
      }
    }
    const scores = index.entries.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const entry of index.entries) {
      expect(entry.rank).toBe(1 + scores.filter((score) => score > entry.score).length);
    }
    for (const exclusion of index.excluded) expect(exclusion.coverage).toBeLessThan(0.75);
  });

  it('re-ranks with custom weights: one indicator alone orders regions by its value', async () => {
    const year = (await queryData<{ computingPowerIndex: IndexResult }>(api.baseUrl, indexQuery))
      .computingPowerIndex.period!;
    const weights = {
      pillars: [
        { pillar: 'capacity', weight: 0 },
        { pillar: 'technology', weight: 0 },
        { pillar: 'industry', weight: 0 },
        { pillar: 'environment', weight: 0 },
        { pillar: 'applications', weight: 1 },
      ],
      indicators: [
        { indicator: 'internet_users_pct', weight: 1 },
        { indicator: 'mobile_subscriptions_per100', weight: 0 },
      ],
    };
    const data = await queryData<{ computingPowerIndex: IndexResult }>(api.baseUrl, indexQuery, {
      period: year,
      weights,
    });
    const index = data.computingPowerIndex;
    expect(index.weights.map((w) => w.pillar.code)).toEqual(['applications']);
    const stored = await storedYearValues('internet_users_pct', year);
    expect(index.entries.map((entry) => entry.region.code).sort()).toEqual(
      [...stored.keys()].sort(),
    );
    const values = index.entries.map((entry) => stored.get(entry.region.code)!.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const entry of index.entries) {
      expect(entry.coverage).toBe(1);
      expect(entry.indicators).toHaveLength(1);
      expect(entry.pillars).toEqual([
        expect.objectContaining({ pillar: { code: 'applications' }, effectiveWeight: 1 }),
      ]);
    }
  });

  it('ranks regions with less coverage when the threshold is lowered', async () => {
    const strict = await queryData<{ computingPowerIndex: IndexResult }>(api.baseUrl, indexQuery, {
      minCoverage: 1,
    });
    const lenient = await queryData<{ computingPowerIndex: IndexResult }>(api.baseUrl, indexQuery, {
      minCoverage: 0,
    });
    expect(lenient.computingPowerIndex.excluded).toEqual([]);
    expect(lenient.computingPowerIndex.entries.length).toBe(
      strict.computingPowerIndex.entries.length + strict.computingPowerIndex.excluded.length,
    );
  });

  it.each([
    [{ weights: { pillars: [{ pillar: 'no_such_pillar', weight: 1 }] } }, 'NOT_FOUND'],
    [{ weights: { pillars: [{ pillar: 'capacity', weight: -1 }] } }, 'BAD_USER_INPUT'],
    [{ weights: { indicators: [{ indicator: 'population', weight: 1 }] } }, 'BAD_USER_INPUT'],
    [
      {
        weights: {
          pillars: ['capacity', 'environment', 'applications', 'technology', 'industry'].map(
            (pillar) => ({ pillar, weight: 0 }),
          ),
        },
      },
      'BAD_USER_INPUT',
    ],
    [{ period: '2024-11' }, 'BAD_USER_INPUT'],
    [{ minCoverage: 1.5 }, 'BAD_USER_INPUT'],
  ])('refuses %o with %s', async (variables, code) => {
    const response = await postGraphql(api.baseUrl, indexQuery, variables);
    expect(errorCodes(response)).toEqual([code]);
  });
});
