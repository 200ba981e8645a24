import { describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    cursor: string;
    node: {
      indicator: { code: string };
      region: { code: string };
      period: string;
      value: number;
      status: string;
    };
  }[];
}

const pageQuery = `query ($filter: ObservationFilter, $first: Int!, $after: String) {
  observations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { indicator { code } region { code } period value status } }
  }
}`;

async function readAllPages(filter: Record<string, unknown>, pageSize: number) {
  const nodes: Page['edges'][number]['node'][] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const data: { observations: Page } = await queryData(api.baseUrl, pageQuery, {
      filter,
      first: pageSize,
      after,
    });
    pages += 1;
    totals.add(data.observations.totalCount);
    nodes.push(...data.observations.edges.map((edge) => edge.node));
    expect(data.observations.edges.length).toBeLessThanOrEqual(pageSize);
    if (data.observations.edges.length > 0) {
      expect(data.observations.pageInfo.endCursor).toBe(data.observations.edges.at(-1)!.cursor);
    }
    if (!data.observations.pageInfo.hasNextPage) break;
    after = data.observations.pageInfo.endCursor;
  }
  return { nodes, totals: [...totals], pages };
}

describe('observations', () => {
  it('pages through a selection without gaps or repeats, in a stable order', async () => {
    const filter = {
      indicators: ['top500_systems', 'top500_rmax_pflops'],
      regions: ['USA', 'CHN', 'JPN'],
    };
    const stored = await api.prisma.observation.findMany({
      where: {
        indicator: { code: { in: filter.indicators } },
        region: { code: { in: filter.regions } },
      },
      include: { indicator: true, region: true },
      orderBy: [{ indicatorId: 'asc' }, { regionId: 'asc' }, { periodStart: 'asc' }, { id: 'asc' }],
    });
    expect(stored.length).toBeGreaterThan(20);

    const { nodes, totals, pages } = await readAllPages(filter, 7);
    expect(totals).toEqual([stored.length]);
    expect(pages).toBe(Math.ceil(stored.length / 7));
    expect(nodes).toEqual(
      stored.map((row) => ({
        indicator: { code: row.indicator.code },
        region: { code: row.region.code },
        period: row.period,
        value: row.value,
        status: row.status,
      })),
    );
  });

  it('filters by period range and status', async () => {
    const filter = { from: '2020', to: '2022', status: ['FINAL'] };
    const count = await api.prisma.observation.count({
      where: {
        periodStart: { gte: new Date('2020-01-01'), lte: new Date('2022-12-31') },
        status: 'FINAL',
      },
    });
    const data = await queryData<{ observations: Page }>(api.baseUrl, pageQuery, {
      filter,
      first: 1000,
    });
    expect(data.observations.totalCount).toBe(count);
    expect(data.observations.edges).toHaveLength(Math.min(count, 1000));
    for (const { node } of data.observations.edges) {
      expect(node.status).toBe('FINAL');
      expect(Number(node.period.slice(0, 4))).toBeGreaterThanOrEqual(2020);
      expect(Number(node.period.slice(0, 4))).toBeLessThanOrEqual(2022);
    }
  });

  it('serves pages of the documented maximum of 1000 and refuses 1001', async () => {
    const atLimit = await postGraphql<{ observations: Page }>(api.baseUrl, pageQuery, {
      first: 1000,
    });
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data?.observations.edges).toHaveLength(1000);

    const overLimit = await postGraphql(api.baseUrl, pageQuery, { first: 1001 });
    expect(errorCodes(overLimit)).toEqual(['BAD_USER_INPUT']);
    expect(overLimit.errors?.[0]?.message).toBe('first must be between 1 and 1000, got 1001');
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await postGraphql(api.baseUrl, pageQuery, {
      first: 10,
      after: 'bm90LWEtY3Vyc29y',
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('names unknown codes in the filter', async () => {
    const response = await postGraphql(api.baseUrl, pageQuery, {
      first: 10,
      filter: { regions: ['USA', 'NOWHERE'] },
    });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors?.[0]?.message).toBe("Unknown region: 'NOWHERE'");
  });
});
