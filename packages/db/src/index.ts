export * from './generated/prisma/client.ts';
export { connectionPools, createPrismaClient, type PrismaClientOptions } from './client.ts';
export {
  checkDatabaseReachable,
  DatabaseConfigError,
  DatabaseUnreachableError,
  parseDatabaseUrl,
} from './config/index.ts';
export {
  EMBEDDED_DATABASE,
  EmbeddedPostgresError,
  localStackPaths,
  openLocalDatabase,
  startEmbeddedPostgres,
  startLocalCluster,
  type EmbeddedPostgres,
  type LocalDatabase,
  type EmbeddedPostgresOptions,
} from './embedded/index.ts';
export { MigrateDeployError, migrateDeploy } from './engine/migrate-deploy.ts';
export { observationColumns } from './observation-columns.ts';
export {
  DEFAULT_ARTICLES_DIR,
  DEFAULT_DATA_DIR,
  SeedDataError,
  seedDatabase,
  type SeedOptions,
  type SeedSummary,
  type SyncCount,
} from './seed/index.ts';
