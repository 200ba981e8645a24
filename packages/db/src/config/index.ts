export { checkDatabaseReachable, DatabaseUnreachableError } from './check-database-reachable.ts';
export { DatabaseConfigError, parseDatabaseUrl } from './parse-database-url.ts';
