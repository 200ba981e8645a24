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
export { arrayLiteral } from './import/array-literal.ts';
export {
  ImportWriteError,
  writeImportResult,
  type ImportResultToWrite,
  type ImportWriteSummary,
} from './import/write-import-result.ts';
export type { SystemCount } from './import/write-systems.ts';
