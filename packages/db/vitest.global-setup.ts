// One embedded PostgreSQL for the whole test run (unless TEST_DATABASE_URL names a server).
export { setupTestPostgres as default } from './src/testing/index.ts';
