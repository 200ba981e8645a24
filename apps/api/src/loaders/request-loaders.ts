import type { PrismaClient } from '@atlas/db';
import type { CatalogueCache } from '../catalogue/catalogue-cache.js';
import { createArticleLoaders } from '../modules/articles/loaders.js';
import { createAuthLoaders } from '../modules/auth/loaders.js';
import { createGlossaryLoaders } from '../modules/glossary/loaders.js';
import { createGrowthLoaders } from '../modules/growth/loaders.js';
import { createIndicatorLoaders } from '../modules/indicators/loaders.js';
import { createRegionLoaders } from '../modules/regions/loaders.js';
import { createTopicLoaders } from '../modules/topics/loaders.js';

/**
 * The per-request DataLoaders of every module that batches reads, keyed by module name. Built
 * from each module's loaders alone, so nothing here depends on resolvers.
 */
export function createLoaders(prisma: PrismaClient, catalogue: CatalogueCache) {
  return {
    regions: createRegionLoaders(prisma, catalogue),
    indicators: createIndicatorLoaders(prisma, catalogue),
    articles: createArticleLoaders(prisma),
    auth: createAuthLoaders(prisma),
    growth: createGrowthLoaders(prisma),
    topics: createTopicLoaders(prisma),
    glossary: createGlossaryLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
