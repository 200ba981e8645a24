import { PrismaClient } from '@atlas/db';
import { createTestDatabase } from '@atlas/db/testing';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryData } from './support/graphql-client.js';
import { startApi, type TestApi } from './support/test-api.js';

// The number of SQL statements a request runs must not grow with the number of items it
// returns: DataLoader batches every per-item lookup into one statement per level.
const extraRegionCount = 100;
const indicatorCodes = ['top500_systems', 'top500_rmax_pflops'];
const periods = ['2023-11', '2024-06', '2024-11'];

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let countingPrisma: PrismaClient<'query'>;
let api: TestApi;
let statements = 0;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  const { prisma } = database;
  // Enough regions for a 100-region request, each with a parent, an aggregate and observations.
  const world = await prisma.region.findUniqueOrThrow({ where: { code: 'WLD' } });
  const aggregate = await prisma.region.create({
    data: { code: 'TEST_GROUP', name: 'Test group', kind: 'AGGREGATE' },
  });
  const indicators = await prisma.indicator.findMany({ where: { code: { in: indicatorCodes } } });
  const source = await prisma.source.findFirstOrThrow();
  for (let index = 1; index <= extraRegionCount; index++) {
    const code = `T${String(index).padStart(3, '0')}`;
    await prisma.region.create({
      data: {
        code,
        name: `Test region ${code}`,
        kind: 'COUNTRY',
        parentId: world.id,
        aggregates: { create: { aggregateId: aggregate.id } },
        observations: {
          create: indicators.flatMap((indicator) =>
            periods.map((period) => ({
              indicatorId: indicator.id,
              period,
              periodType: 'MONTH' as const,
              periodStart: new Date(`${period}-01`),
              value: index,
              sourceId: source.id,
            })),
          ),
        },
      },
    });
  }

  countingPrisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url }),
    log: [{ emit: 'event', level: 'query' }],
  });
  countingPrisma.$on('query', () => {
    statements += 1;
  });
  // The deep query is costly on purpose; the budget is not what this test measures.
  api = await startApi(countingPrisma, { maxCost: Number.MAX_SAFE_INTEGER });
});

afterAll(async () => {
  await api.stop();
  await countingPrisma.$disconnect();
  await database.drop();
});

const deepQuery = `query ($indicators: [String!]!, $regions: [String!]!) {
  series(indicators: $indicators, regions: $regions) {
    indicator { code pillar { code indicators { code } } sources { key } }
    region { code name parent { code children { code } } aggregates { code members { code } } }
    points { period value status computed source { key title } region { code } indicator { code } computedFrom { region { code } } }
  }
  latest(indicators: $indicators, regions: $regions) {
    value period
    region { code parent { code } aggregates { code } }
    indicator { code pillar { code } }
    source { key }
  }
}`;

async function countStatements(regionCount: number): Promise<number> {
  // The countries plus the aggregate of all of them, whose values are computed from its members.
  const regions = [
    ...Array.from({ length: regionCount }, (_, index) => `T${String(index + 1).padStart(3, '0')}`),
    'TEST_GROUP',
  ];
  statements = 0;
  const data = await queryData<{ series: { points: unknown[] }[]; latest: unknown[] }>(
    api.baseUrl,
    deepQuery,
    { indicators: indicatorCodes, regions },
  );
  // Guard against counting a request that returned less than it should.
  expect(data.series).toHaveLength(indicatorCodes.length * regions.length);
  expect(data.series.every((series) => series.points.length === periods.length)).toBe(true);
  expect(data.latest).toHaveLength(indicatorCodes.length * regions.length);
  return statements;
}

describe('SQL statements per request', () => {
  it('are as many for 100 regions as for 5', async () => {
    // The first request reads the catalogue (indicators, regions, sources) for the later ones.
    await countStatements(1);
    const forFive = await countStatements(5);
    const forHundred = await countStatements(100);
    console.info(`series + latest: ${forFive} statements for 5 regions, ${forHundred} for 100`);
    expect(forFive).toBeGreaterThan(0);
    expect(forHundred).toBe(forFive);
  });
});

describe('SQL statements of the reading paths', () => {
  const readingQuery = `query ($first: Int!) {
    articles(first: $first) {
      slug
      topics { slug articles { slug } }
      related(first: 12) { slug }
      indicators { code articles { slug } }
      regions { code articles { slug } }
    }
  }`;

  async function countReadingStatements(first: number): Promise<number> {
    statements = 0;
    const data = await queryData<{ articles: { related: unknown[] }[] }>(
      api.baseUrl,
      readingQuery,
      { first },
    );
    expect(data.articles).toHaveLength(first);
    expect(data.articles.some((article) => article.related.length > 0)).toBe(true);
    return statements;
  }

  it('are as many for every article as for three', async () => {
    const published = await database.prisma.article.count({ where: { status: 'PUBLISHED' } });
    expect(published).toBeGreaterThan(3);
    await countReadingStatements(1);
    const forThree = await countReadingStatements(3);
    const forAll = await countReadingStatements(published);
    console.info(
      `reading paths: ${forThree} statements for 3 articles, ${forAll} for ${published}`,
    );
    expect(forAll).toBe(forThree);
  });
});
