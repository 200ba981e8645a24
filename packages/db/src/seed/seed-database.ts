import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { checkArticleReferences, referenceData } from './articles/check-article-references.ts';
import { loadArticles } from './articles/load-articles.ts';
import { seedArticles } from './articles/seed-articles.ts';
import { checkReferences } from './check-references.ts';
import { checkGlossary, checkTermMarks } from './glossary/check-glossary.ts';
import { loadGlossary } from './glossary/load-glossary.ts';
import { seedGlossary } from './glossary/seed-glossary.ts';
import { loadSeedFiles } from './load-seed-files.ts';
import type { SyncCount } from './plan-changes.ts';
import { SeedDataError } from './read-csv.ts';
import { seedIndicators } from './seed-indicators.ts';
import { seedObservations } from './seed-observations.ts';
import { seedPillars } from './seed-pillars.ts';
import {
  publisherValuePlaces,
  readPublisherFiles,
  seedPublisherFiles,
  type PublisherFilesSummary,
} from './seed-publisher-files.ts';
import { seedRegions } from './seed-regions.ts';
import { seedSources } from './seed-sources.ts';

/** The repository's seed: the cited CSV data, the explanatory articles and the glossary. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../../prisma/data', import.meta.url));
export const DEFAULT_ARTICLES_DIR = fileURLToPath(
  new URL('../../../../prisma/content/articles', import.meta.url),
);
export const DEFAULT_GLOSSARY_FILE = fileURLToPath(
  new URL('../../../../prisma/content/glossary.yaml', import.meta.url),
);

export interface SeedOptions {
  dataDir?: string;
  articlesDir?: string;
  glossaryFile?: string;
  /** The publishers' files read through the importers; by default `raw/` in the data folder. */
  rawDir?: string;
}

/** What the seed did, table by table. */
export interface SeedSummary {
  pillars: SyncCount;
  regions: SyncCount;
  memberships: SyncCount;
  sources: SyncCount;
  indicators: SyncCount;
  indicatorSources: SyncCount;
  observations: SyncCount;
  alternatives: SyncCount;
  articles: SyncCount;
  glossaryTerms: SyncCount;
  /** The publishers' files in prisma/data/raw, written through the importers. */
  publisherFiles: PublisherFilesSummary;
}

/**
 * Brings the database to what the seed files say, in one transaction: first the atlas's own
 * cited CSV files, then every publisher's file in `raw/` through the importers (an observation
 * the CSV files already give keeps its value; a different one from a publisher's file is kept as
 * an alternative). Rows already as wanted are not written, so a second run changes nothing.
 * Articles are only ever created.
 */
export async function seedDatabase(
  prisma: PrismaClient,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const files = await loadSeedFiles(dataDir);
  checkReferences(files, dataDir);
  const articles = await loadArticles(options.articlesDir ?? DEFAULT_ARTICLES_DIR);
  const glossaryFile = options.glossaryFile ?? DEFAULT_GLOSSARY_FILE;
  const glossary = await loadGlossary(glossaryFile);
  const glossarySlugs = new Set(glossary.map((entry) => entry.slug));
  // Parsing the spreadsheets is most of the work; it is done before the transaction opens, and
  // articles may cite what they give.
  const publisherResults = await readPublisherFiles(options.rawDir ?? path.join(dataDir, 'raw'));
  const references = referenceData(
    files.indicators,
    files.observations,
    publisherValuePlaces(publisherResults),
  );
  const problems = [
    ...checkGlossary(glossary, files).map((problem) => `${glossaryFile}: ${problem}`),
    ...files.indicators.flatMap((row) =>
      checkTermMarks(row.description, glossarySlugs).map(
        (problem) => `indicators.csv ${row.indicator_code}: ${problem}`,
      ),
    ),
    ...articles.flatMap((article) =>
      checkArticleReferences(article, references, glossarySlugs).map(
        (problem) => `${article.file}: ${problem}`,
      ),
    ),
  ];
  if (problems.length > 0) throw new SeedDataError(problems.join('; '));

  return prisma.$transaction(
    async (tx) => {
      const { count: pillars, pillarIds } = await seedPillars(tx);
      const { regions, memberships, regionIds } = await seedRegions(tx);
      const { count: sources, sourceIds } = await seedSources(tx, files.sources);
      const { indicators, indicatorSources, indicatorIds } = await seedIndicators(
        tx,
        files.indicators,
        files.observations,
        { pillarIds, sourceIds },
      );
      const { observations, alternatives } = await seedObservations(tx, files.observations, {
        regionIds,
        indicatorIds,
        sourceIds,
      });
      const publisherFiles = await seedPublisherFiles(tx, publisherResults);
      const articleCount = await seedArticles(tx, articles, { indicatorIds, regionIds });
      const glossaryTerms = await seedGlossary(tx, glossary, indicatorIds);
      return {
        pillars,
        regions,
        memberships,
        sources,
        indicators,
        indicatorSources,
        observations,
        alternatives,
        articles: articleCount,
        glossaryTerms,
        publisherFiles,
      };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
