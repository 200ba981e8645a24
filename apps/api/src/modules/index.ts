import type { CatalogueCache } from '../catalogue/catalogue-cache.js';
import type { PrismaClient } from '@atlas/db';
import type { Resolvers } from '../generated/graphql.js';
import { articlesModule } from './articles/index.js';
import { authModule } from './auth/index.js';
import { commonModule } from './common/index.js';
import { computingPowerIndexModule } from './computing-power-index/index.js';
import { growthModule } from './growth/index.js';
import { importsModule } from './imports/index.js';
import { indicatorsModule } from './indicators/index.js';
import { liveUpdatesModule } from './live-updates/index.js';
import { observationsModule } from './observations/index.js';
import { rankingsModule } from './rankings/index.js';
import { regionsModule } from './regions/index.js';
import { searchModule } from './search/index.js';
import { studioModule } from './studio/index.js';

/**
 * Every module of the API, in one place. A module contributes its SDL file (merged into
 * schema.graphql by codegen), its resolvers and, when it batches reads, its loaders,
 * which appear in the context as `loaders.<module name>`.
 */
export const apiModules = {
  common: commonModule,
  regions: regionsModule,
  indicators: indicatorsModule,
  observations: observationsModule,
  rankings: rankingsModule,
  growth: growthModule,
  computingPowerIndex: computingPowerIndexModule,
  liveUpdates: liveUpdatesModule,
  search: searchModule,
  articles: articlesModule,
  auth: authModule,
  studio: studioModule,
  imports: importsModule,
};

type ApiModules = typeof apiModules;
type ModulesWithLoaders = {
  [
    Name in keyof ApiModules as ApiModules[Name] extends { createLoaders: unknown } ? Name : never
  ]: ApiModules[Name];
};

/** The per-request DataLoaders of every module, keyed by module name. */
export type Loaders = {
  [Name in keyof ModulesWithLoaders]: ModulesWithLoaders[Name] extends {
    createLoaders: (prisma: PrismaClient, catalogue: CatalogueCache) => infer L;
  }
    ? L
    : never;
};

export function createLoaders(prisma: PrismaClient, catalogue: CatalogueCache): Loaders {
  const entries = Object.entries(apiModules).flatMap(([name, module]) =>
    'createLoaders' in module ? [[name, module.createLoaders(prisma, catalogue)] as const] : [],
  );
  // Built from the same module list the Loaders type is mapped from.
  return Object.fromEntries(entries) as Loaders;
}

export const moduleResolvers: Resolvers[] = Object.values(apiModules).map(
  (module) => module.resolvers,
);
