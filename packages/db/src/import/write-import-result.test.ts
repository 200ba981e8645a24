import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importTop500List, type ImportFile } from '@atlas/importers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../seed/seed-database.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { ImportWriteError, writeImportResult } from './write-import-result.ts';

const listFile = async (name: string): Promise<ImportFile> => ({
  fileName: name,
  bytes: await readFile(path.join(DEFAULT_DATA_DIR, 'raw', 'top500', name)),
});

const june = importTop500List(await listFile('TOP500_202406.xlsx'));
const november = importTop500List(await listFile('TOP500_202411.xlsx'));

describe('writeImportResult', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    // A database with only the world and the indicators a list feeds.
    database = await createTestDatabase();
    const { prisma } = database;
    await prisma.region.create({ data: { code: 'WLD', name: 'World', kind: 'WORLD' } });
    const pillar = await prisma.pillar.create({
      data: { code: 'capacity', name: 'Capacity', description: 'd' },
    });
    const codes = new Set(june.observations.map((observation) => observation.indicatorCode));
    await prisma.indicator.createMany({
      data: [...codes].map((code) => ({
        code,
        name: code,
        unit: 'u',
        description: 'd',
        pillarId: pillar.id,
      })),
    });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('writes a list: its countries, source, observations, systems and entries', async () => {
    const { prisma } = database;
    const summary = await prisma.$transaction((tx) => writeImportResult(tx, june));
    const countries = new Set(june.systems.map((system) => system.regionCode));
    expect(summary).toEqual({
      sourceKey: 't500_202406',
      regionsCreated: countries.size,
      observationsAdded: june.observations.length,
      alternatives: 0,
      systems: { created: 500, followed: 0, entries: 500 },
    });
    expect(await prisma.region.findUniqueOrThrow({ where: { code: 'USA' } })).toMatchObject({
      kind: 'COUNTRY',
      iso2: 'US',
      isoNumeric: '840',
    });
    expect(await prisma.source.findUniqueOrThrow({ where: { key: 't500_202406' } })).toMatchObject({
      fileName: 'TOP500_202406.xlsx',
      sha256: june.source.sha256,
      year: 2024,
    });
    expect(await prisma.top500Entry.count({ where: { list: '2024-06' } })).toBe(500);
  });

  it('changes nothing when the same list is written again', async () => {
    const { prisma } = database;
    const again = await prisma.$transaction((tx) => writeImportResult(tx, june));
    expect(again).toMatchObject({
      regionsCreated: 0,
      observationsAdded: 0,
      systems: { created: 0, followed: 500, entries: 0 },
    });
  });

  it('follows the systems of the next list by their TOP500 ids', async () => {
    const { prisma } = database;
    // The November list needs the indicators June did not feed.
    const pillar = await prisma.pillar.findFirstOrThrow();
    await prisma.indicator.createMany({
      data: november.observations.map((observation) => ({
        code: observation.indicatorCode,
        name: observation.indicatorCode,
        unit: 'u',
        description: 'd',
        pillarId: pillar.id,
      })),
      skipDuplicates: true,
    });
    const summary = await prisma.$transaction((tx) => writeImportResult(tx, november));
    const returning = november.systems.filter((system) =>
      june.systems.some((earlier) => earlier.systemId === system.systemId),
    ).length;
    expect(summary.systems).toEqual({
      created: 500 - returning,
      followed: returning,
      entries: 500,
    });
    const top = await prisma.top500System.findFirstOrThrow({
      where: { entries: { some: { list: '2024-11', rank: 1 } } },
      include: { entries: true },
    });
    expect(top).toMatchObject({ firstList: '2024-11', latestList: '2024-11', bestRank: 1 });
    const second = await prisma.top500System.findFirstOrThrow({
      where: { entries: { some: { list: '2024-11', rank: 2 } } },
      include: { entries: { orderBy: { list: 'asc' } } },
    });
    expect(second.entries.map((entry) => [entry.list, entry.rank])).toEqual([
      ['2024-06', 1],
      ['2024-11', 2],
    ]);
  });

  it('refuses a result with errors, or one that feeds an indicator the atlas lacks', async () => {
    const { prisma } = database;
    const broken = {
      ...june,
      errors: [{ line: 3, field: 'Rmax', code: 'BAD_NUMBER' as const, message: 'row 3: bad' }],
    };
    await expect(prisma.$transaction((tx) => writeImportResult(tx, broken))).rejects.toThrow(
      new ImportWriteError('TOP500_202406.xlsx: 1 error(s), first: row 3: bad'),
    );
    const unknown = {
      ...june,
      observations: [{ ...june.observations[0]!, indicatorCode: 'no_such_indicator' }],
    };
    await expect(prisma.$transaction((tx) => writeImportResult(tx, unknown))).rejects.toThrow(
      /feeds indicator\(s\) the atlas does not have: no_such_indicator$/,
    );
  });
});
