import { describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

interface RankingResult {
  period: string | null;
  order: string;
  entries: {
    rank: number;
    value: number;
    region: { code: string };
    observation: { source: { key: string } | null };
  }[];
  missing: { code: string }[];
}

const rankingQuery = `query ($indicator: String!, $period: String, $limit: Int) {
  ranking(indicator: $indicator, period: $period, limit: $limit) {
    period order
    entries { rank value region { code } observation { source { key } } }
    missing { code }
  }
}`;

async function storedCountryValues(indicatorCode: string, period: string) {
  return api.prisma.observation.findMany({
    where: {
      indicator: { code: indicatorCode },
      period,
      status: { not: 'PROJECTION' },
      region: { kind: 'COUNTRY' },
    },
    include: { region: true, source: true },
  });
}

/** Competition rank: one more than the number of strictly better values. */
function expectedRank(value: number, all: number[], descending: boolean): number {
  return 1 + all.filter((other) => (descending ? other > value : other < value)).length;
}

describe('ranking', () => {
  it('ranks countries by their stored values, sharing ranks between ties', async () => {
    const period = '2024-11';
    const stored = await storedCountryValues('top500_systems', period);
    const values = stored.map((row) => row.value);
    expect(new Set(values).size, 'the period has tied values').toBeLessThan(values.length);

    const data = await queryData<{ ranking: RankingResult }>(api.baseUrl, rankingQuery, {
      indicator: 'top500_systems',
      period,
    });
    expect(data.ranking.period).toBe(period);
    expect(data.ranking.order).toBe('DESCENDING');
    expect(data.ranking.entries).toHaveLength(stored.length);
    const byRegion = new Map(stored.map((row) => [row.region.code, row]));
    for (const entry of data.ranking.entries) {
      const row = byRegion.get(entry.region.code)!;
      expect(entry.value).toBe(row.value);
      expect(entry.observation.source?.key).toBe(row.source?.key);
      expect(entry.rank).toBe(expectedRank(entry.value, values, true));
    }
    expect(data.ranking.entries.map((entry) => entry.value)).toEqual(
      [...values].sort((a, b) => b - a),
    );
  });

  it('lists the countries without a value as missing', async () => {
    const period = '2024-11';
    const stored = await storedCountryValues('top500_systems', period);
    const countries = await api.prisma.region.findMany({
      where: { kind: 'COUNTRY' },
      orderBy: { name: 'asc' },
    });
    const ranked = new Set(stored.map((row) => row.region.code));
    const data = await queryData<{ ranking: RankingResult }>(api.baseUrl, rankingQuery, {
      indicator: 'top500_systems',
      period,
    });
    const missing = countries.filter((country) => !ranked.has(country.code));
    expect(missing.length).toBeGreaterThan(0);
    expect(data.ranking.missing.map((region) => region.code)).toEqual(
      missing.map((region) => region.code),
    );
  });

  it('keeps every entry tied at the limit', async () => {
    const period = '2024-11';
    const values = (await storedCountryValues('top500_systems', period)).map((row) => row.value);
    const ranks = values.map((value) => expectedRank(value, values, true));
    // A limit that cuts through a group of ties: the rank of a tie that is not first.
    const tiedRank = ranks.find((rank) => ranks.filter((other) => other === rank).length > 1)!;
    const data = await queryData<{ ranking: RankingResult }>(api.baseUrl, rankingQuery, {
      indicator: 'top500_systems',
      period,
      limit: tiedRank,
    });
    expect(data.ranking.entries).toHaveLength(ranks.filter((rank) => rank <= tiedRank).length);
    expect(data.ranking.entries.length).toBeGreaterThan(tiedRank);
  });

  it('ranks the latest measured period by default', async () => {
    const latest = await api.prisma.observation.findFirstOrThrow({
      where: {
        indicator: { code: 'top500_rmax_pflops' },
        status: { not: 'PROJECTION' },
        region: { kind: 'COUNTRY' },
      },
      orderBy: [{ periodStart: 'desc' }, { period: 'desc' }],
    });
    const data = await queryData<{ ranking: RankingResult }>(api.baseUrl, rankingQuery, {
      indicator: 'top500_rmax_pflops',
      limit: 3,
    });
    expect(data.ranking.period).toBe(latest.period);
    expect(data.ranking.entries.map((entry) => entry.rank)).toEqual([1, 2, 3]);
  });

  it('puts the smallest value first when less is better', async () => {
    const indicator = await api.prisma.indicator.findFirstOrThrow({
      where: { higherIsBetter: false, observations: { some: { region: { kind: 'COUNTRY' } } } },
      orderBy: { code: 'asc' },
    });
    const data = await queryData<{ ranking: RankingResult }>(api.baseUrl, rankingQuery, {
      indicator: indicator.code,
    });
    expect(data.ranking.order).toBe('ASCENDING');
    const values = data.ranking.entries.map((entry) => entry.value);
    expect(values.length).toBeGreaterThan(1);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('refuses an unknown indicator and a limit out of range', async () => {
    const unknown = await postGraphql(api.baseUrl, rankingQuery, {
      indicator: 'no_such_indicator',
    });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const tooSmall = await postGraphql(api.baseUrl, rankingQuery, {
      indicator: 'top500_systems',
      limit: 0,
    });
    expect(errorCodes(tooSmall)).toEqual(['BAD_USER_INPUT']);
    expect(tooSmall.errors?.[0]?.message).toBe('limit must be between 1 and 1000, got 0');
  });
});
