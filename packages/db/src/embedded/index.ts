export { EmbeddedPostgresError } from './embedded-postgres-error.ts';
export {
  EMBEDDED_DATABASE,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
  type EmbeddedPostgresOptions,
} from './start-embedded-postgres.ts';
export {
  localStackPaths,
  openLocalDatabase,
  startLocalCluster,
  type LocalDatabase,
} from './local-database.ts';
