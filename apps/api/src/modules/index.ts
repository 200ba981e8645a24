import type { Resolvers } from '../generated/graphql.js';
import { articleWorkflowModule } from './article-workflow/index.js';
import { articlesModule } from './articles/index.js';
import { auditModule } from './audit/index.js';
import { authModule } from './auth/index.js';
import { catalogueAdminModule } from './catalogue-admin/index.js';
import { commonModule } from './common/index.js';
import { computingPowerIndexModule } from './computing-power-index/index.js';
import { glossaryModule } from './glossary/index.js';
import { growthModule } from './growth/index.js';
import { importsModule } from './imports/index.js';
import { indicatorViewsModule } from './indicator-views/index.js';
import { indicatorsModule } from './indicators/index.js';
import { liveBlocksModule } from './live-blocks/index.js';
import { liveUpdatesModule } from './live-updates/index.js';
import { observationsModule } from './observations/index.js';
import { rankingsModule } from './rankings/index.js';
import { regionProfilesModule } from './region-profiles/index.js';
import { regionsModule } from './regions/index.js';
import { searchModule } from './search/index.js';
import { topicsModule } from './topics/index.js';

/**
 * Every module of the API, in one place. A module contributes its SDL file (merged into
 * schema.graphql by codegen) and its resolvers; its loaders are assembled in
 * loaders/request-loaders.ts and its services in services.ts.
 */
const apiModules = [
  commonModule,
  regionsModule,
  indicatorsModule,
  observationsModule,
  rankingsModule,
  growthModule,
  computingPowerIndexModule,
  indicatorViewsModule,
  regionProfilesModule,
  liveBlocksModule,
  liveUpdatesModule,
  searchModule,
  articlesModule,
  topicsModule,
  glossaryModule,
  authModule,
  articleWorkflowModule,
  catalogueAdminModule,
  auditModule,
  importsModule,
];

export const moduleResolvers: Resolvers[] = apiModules.map((module) => module.resolvers);
