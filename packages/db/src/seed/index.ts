export { SeedDataError } from './read-csv.ts';
export type { SyncCount } from './plan-changes.ts';
export {
  DEFAULT_ARTICLES_DIR,
  DEFAULT_DATA_DIR,
  seedDatabase,
  type SeedOptions,
  type SeedSummary,
} from './seed-database.ts';
