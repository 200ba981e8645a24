import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { countPillarCoverage } from './pillar-coverage.ts';

describe('countPillarCoverage', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ seed: true });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('counts the countries with a value of each pillar in the window, not aggregates', async () => {
    const { prisma } = database;
    const asOf = new Date('2026-12-01T00:00:00Z');
    const coverage = await countPillarCoverage(prisma, { years: 5, asOf });
    expect(coverage.map((row) => row.pillar)).toEqual(
      (await prisma.pillar.findMany({ orderBy: { position: 'asc' } })).map((p) => p.code),
    );
    const expected = await prisma.region.count({
      where: {
        kind: 'COUNTRY',
        observations: {
          some: {
            indicator: { pillar: { code: 'applications' } },
            periodStart: { gte: new Date('2022-01-01T00:00:00Z'), lte: asOf },
          },
        },
      },
    });
    const applications = coverage.find((row) => row.pillar === 'applications');
    expect(applications?.countries).toBe(expected);
    expect(expected).toBeGreaterThan(40);
  });

  it('leaves out periods before the window and after its end', async () => {
    const coverage = await countPillarCoverage(database.prisma, {
      years: 1,
      asOf: new Date('1959-06-01T00:00:00Z'),
    });
    expect(coverage.every((row) => row.countries === 0)).toBe(true);
  });
});
