import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { loadArticles } from './articles/load-articles.ts';
import { loadGlossary } from './glossary/load-glossary.ts';
import {
  DEFAULT_ARTICLES_DIR,
  DEFAULT_DATA_DIR,
  DEFAULT_GLOSSARY_FILE,
  seedDatabase,
  type SeedSummary,
} from './seed-database.ts';

type CsvRow = Record<string, string>;
// The article files themselves are pinned by articles.test.ts.
const articleFiles = await loadArticles(DEFAULT_ARTICLES_DIR);
const readData = async (file: string): Promise<CsvRow[]> =>
  parse(await readFile(path.join(DEFAULT_DATA_DIR, file), 'utf8'), { columns: true, bom: true });

/** Latest updatedAt and row count of every table the seed writes. */
async function snapshot(prisma: PrismaClient) {
  const [pillars, regions, sources, indicators, observations, articles, glossary, systems] =
    await Promise.all([
      prisma.pillar.aggregate({ _count: true, _max: { updatedAt: true } }),
      prisma.region.aggregate({ _count: true, _max: { updatedAt: true } }),
      prisma.source.aggregate({ _count: true, _max: { updatedAt: true } }),
      prisma.indicator.aggregate({ _count: true, _max: { updatedAt: true } }),
      prisma.observation.aggregate({ _count: true, _max: { updatedAt: true } }),
      prisma.article.aggregate({ _count: true, _max: { updatedAt: true } }),
      prisma.glossaryTerm.aggregate({ _count: true, _max: { updatedAt: true } }),
      prisma.top500System.aggregate({ _count: true, _max: { updatedAt: true } }),
    ]);
  const counts = await Promise.all([
    prisma.aggregateMembership.count(),
    prisma.indicatorSource.count(),
    prisma.observationAlternative.count(),
    prisma.observationChange.count(),
    prisma.articleRevision.count(),
    prisma.tag.count(),
    prisma.top500Entry.aggregate({ _count: true, _max: { id: true } }),
  ]);
  return {
    pillars,
    regions,
    sources,
    indicators,
    observations,
    articles,
    glossary,
    systems,
    counts,
  };
}

describe('seedDatabase', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let first: SeedSummary;
  let observationRows: CsvRow[];

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = database.prisma;
    observationRows = await readData('observations.csv');
    first = await seedDatabase(prisma);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('loads every observation row: one observation per key, later rows as alternatives', async () => {
    const keys = new Set(
      observationRows.map((row) => `${row.region_code}|${row.indicator_code}|${row.period}`),
    );
    expect(observationRows).toHaveLength(3977);
    expect(keys.size).toBe(3971);
    expect(first.observations.created).toBe(3971);
    expect(first.alternatives.created).toBe(6);
    // Then the publishers' files: what the CSV files do not give already is added.
    expect(first.publisherFiles).toMatchObject({
      files: 66,
      observationsAdded: 106585,
      alternatives: 1,
      regionsCreated: 159,
      entries: 24500,
    });
    expect(await prisma.observation.count()).toBe(keys.size + 106585);
    expect(await prisma.observationAlternative.count()).toBe(
      observationRows.length - keys.size + 1,
    );
  });

  it('keeps the hand-aggregated TOP500 rows, equal to what the importer derives', async () => {
    const handAggregated = observationRows.filter((row) =>
      /^t500_\d{6}$/.test(row.source_id ?? ''),
    );
    expect(handAggregated).toHaveLength(772);
    // The lists' own figures for those rows are equal, so none is kept as an alternative.
    expect(
      await prisma.observationAlternative.count({
        where: { source: { key: { startsWith: 't500_' } } },
      }),
    ).toBe(0);
    const source = await prisma.source.findUniqueOrThrow({ where: { key: 't500_202411' } });
    expect(source).toMatchObject({ fileName: 'TOP500_202411.xlsx' });
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('follows each supercomputer from list to list', async () => {
    expect(await prisma.top500Entry.count()).toBe(49 * 500);
    const frontier = await prisma.top500System.findFirstOrThrow({
      where: { name: 'Frontier' },
      include: { entries: { orderBy: { list: 'asc' } }, region: true },
    });
    expect(frontier).toMatchObject({
      region: { code: 'USA' },
      firstList: '2022-06',
      latestList: '2025-06',
      bestRank: 1,
    });
    expect(frontier.entries.map((entry) => [entry.list, entry.rank])).toEqual([
      ['2022-06', 1],
      ['2023-06', 1],
      ['2023-11', 1],
      ['2024-06', 1],
      ['2024-11', 2],
      ['2025-06', 2],
    ]);
    // Before TOP500 gave ids and previous ranks, a system is followed by its site, computer and Rmax.
    const earthSimulator = await prisma.top500System.findFirstOrThrow({
      where: { site: { contains: 'Earth Simulator' }, firstList: '2002-06' },
      include: { entries: true },
    });
    expect(earthSimulator.entries.length).toBeGreaterThan(5);
  });

  it('keeps the first row of two that disagree as the observation', async () => {
    const observation = await prisma.observation.findFirstOrThrow({
      where: { indicator: { code: 'top500_systems' }, region: { code: 'CHN' }, period: '2019-06' },
      include: { source: true, alternatives: { include: { source: true } } },
    });
    expect(observation).toMatchObject({ value: 220, source: { key: 't500_201906' } });
    expect(observation.alternatives).toMatchObject([
      { value: 219, source: { key: 'xinhua_top500_2019_06' } },
    ]);
  });

  it('creates the regions, pillars, indicators and sources of the data', async () => {
    const regionCodes = new Set(observationRows.map((row) => row.region_code));
    expect(regionCodes.size).toBe(65);
    // The publishers' files name 159 more countries.
    expect(await prisma.region.count()).toBe(regionCodes.size + 159);
    expect(await prisma.region.count({ where: { kind: 'COUNTRY', parent: { code: 'WLD' } } })).toBe(
      58 + 159,
    );
    expect(await prisma.region.count({ where: { kind: 'COUNTRY', iso2: null } })).toBe(0);
    expect(await prisma.region.findUniqueOrThrow({ where: { code: 'GRC' } })).toMatchObject({
      iso2: 'GR',
      isoNumeric: '300',
    });
    expect(await prisma.region.count({ where: { kind: 'AGGREGATE' } })).toBe(6);
    expect(await prisma.pillar.count()).toBe(6);
    expect(await prisma.indicator.count()).toBe((await readData('indicators.csv')).length);
    // One source per publisher's file; eleven TOP500 lists already have theirs in sources.csv.
    expect(await prisma.source.count()).toBe((await readData('sources.csv')).length + 66 - 11);
    expect(
      await prisma.source.findUniqueOrThrow({ where: { key: 'wb_it_net_bbnd_p2' } }),
    ).toMatchObject({
      licence: 'CC-BY-4.0',
      fileName: 'it.net.bbnd.p2/data.csv',
      publisher: 'World Bank, World Development Indicators',
    });
    const europe = await prisma.region.findUniqueOrThrow({
      where: { code: 'EUR' },
      include: { members: { include: { member: true } } },
    });
    expect(europe.members.map(({ member }) => member.code)).toContain('DEU');
  });

  it('reads period type, start and status from the data', async () => {
    const find = (indicator: string, region: string, period: string) =>
      prisma.observation.findFirstOrThrow({
        where: { indicator: { code: indicator }, region: { code: region }, period },
      });
    expect(await find('dc_electricity_twh', 'WLD', '2030')).toMatchObject({
      status: 'PROJECTION',
      periodType: 'YEAR',
      periodStart: new Date('2030-01-01T00:00:00Z'),
    });
    expect(await find('top500_rmax_pflops', 'USA', '2024-11')).toMatchObject({
      status: 'FINAL',
      periodType: 'MONTH',
      periodStart: new Date('2024-11-01T00:00:00Z'),
      value: 6477.869,
    });
  });

  it('links indicators to their sources and sets the default weights', async () => {
    const top500 = await prisma.indicator.findUniqueOrThrow({
      where: { code: 'top500_systems' },
      include: { pillar: true, sources: { include: { source: true } } },
    });
    expect(top500).toMatchObject({
      additive: true,
      higherIsBetter: true,
      pillar: { code: 'capacity' },
    });
    expect(top500.sources.map(({ source }) => source.key)).toContain('xinhua_top500_2019_06');
    const internet = await prisma.indicator.findUniqueOrThrow({
      where: { code: 'internet_users_pct' },
    });
    expect(internet).toMatchObject({ additive: false, indexWeight: 0.6 });
    const pillars = await prisma.pillar.findMany({ where: { indexWeight: { not: null } } });
    expect(pillars.reduce((sum, pillar) => sum + (pillar.indexWeight ?? 0), 0)).toBeCloseTo(1);
  });

  it('publishes the articles with their links and a first revision that keeps them', async () => {
    const articles = await prisma.article.findMany({
      include: {
        revisions: true,
        tags: { include: { tag: true } },
        indicators: { include: { indicator: true } },
        regions: { include: { region: true } },
      },
    });
    expect(articles).toHaveLength(articleFiles.length);
    for (const article of articles) {
      expect(article.status).toBe('PUBLISHED');
      expect(article.tags.length).toBeGreaterThan(0);
      expect(article.indicators.length).toBeGreaterThan(0);
      expect(article.regions.length).toBeGreaterThan(0);
      expect(article.revisions).toMatchObject([
        {
          version: 1,
          body: article.body,
          slug: article.slug,
          tags: article.tags.map((link) => link.tag.name).sort(),
          indicatorCodes: article.indicators.map((link) => link.indicator.code).sort(),
          regionCodes: article.regions.map((link) => link.region.code).sort(),
        },
      ]);
    }
  });

  it('creates the glossary terms with their related terms and indicators', async () => {
    const entries = await loadGlossary(DEFAULT_GLOSSARY_FILE);
    expect(first.glossaryTerms).toEqual({ created: entries.length, updated: 0, unchanged: 0 });
    expect(
      await prisma.glossaryTerm.findUniqueOrThrow({
        where: { slug: 'pue' },
        include: { indicator: true },
      }),
    ).toMatchObject({ term: 'PUE', version: 1, indicator: { code: 'dc_pue_avg' } });
  });

  it('refuses an article that marks a term the glossary does not have, and writes nothing', async () => {
    const articlesDir = await mkdtemp(path.join(tmpdir(), 'atlas-articles-'));
    try {
      const [article] = articleFiles;
      if (!article) throw new Error('no article');
      const name = path.basename(article.file);
      const text = await readFile(article.file, 'utf8');
      await writeFile(
        path.join(articlesDir, name),
        `${text.trimEnd()}\n\nIts :term[flux capacitance]{slug="flux-capacitance"} is high.\n`,
      );
      const before = await snapshot(prisma);
      await expect(seedDatabase(prisma, { articlesDir })).rejects.toThrow(
        `${name}: :term[flux capacitance]{slug="flux-capacitance"}: unknown glossary term flux-capacitance`,
      );
      expect(await snapshot(prisma)).toEqual(before);
    } finally {
      await rm(articlesDir, { recursive: true, force: true });
    }
  });

  // A seed reads the 66 publishers' files again: tens of seconds on a busy machine.
  it('changes nothing when run a second time', { timeout: 180_000 }, async () => {
    const before = await snapshot(prisma);
    const { publisherFiles, ...second } = await seedDatabase(prisma);
    for (const count of Object.values(second))
      expect(count).toMatchObject({ created: 0, updated: 0 });
    expect(publisherFiles).toMatchObject({
      observationsAdded: 0,
      alternatives: 0,
      regionsCreated: 0,
      systemsCreated: 0,
      entries: 0,
    });
    expect(await snapshot(prisma)).toEqual(before);
  });

  it(
    'restores an edited value and records the change, but leaves edited articles alone',
    { timeout: 180_000 },
    async () => {
      const where = {
        indicator: { code: 'top500_systems' },
        region: { code: 'USA' },
        period: '2024-11',
      };
      const observation = await prisma.observation.findFirstOrThrow({ where });
      await prisma.observation.update({ where: { id: observation.id }, data: { value: 1 } });
      await prisma.article.updateMany({ data: { body: 'Edited by hand.' } });

      const summary = await seedDatabase(prisma);

      expect(summary.observations).toMatchObject({ created: 0, updated: 1 });
      expect(
        await prisma.observation.findUniqueOrThrow({ where: { id: observation.id } }),
      ).toMatchObject({
        value: observation.value,
      });
      expect(
        await prisma.observationChange.findMany({ where: { observationId: observation.id } }),
      ).toMatchObject([{ previousValue: 1, newValue: observation.value }]);
      expect(summary.articles).toMatchObject({ created: 0, unchanged: articleFiles.length });
      expect(await prisma.article.count({ where: { body: 'Edited by hand.' } })).toBe(
        articleFiles.length,
      );
    },
  );
});
