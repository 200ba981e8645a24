export { createTestDatabase, type TestDatabase } from './create-test-database.ts';
export { setupTestPostgres } from './setup-test-postgres.ts';
