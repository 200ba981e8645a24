import { createTestDatabase, setupTestPostgres } from '@atlas/db/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated and seeded database that tests read but never change. */
    seededDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole run (TEST_DATABASE_URL, or an embedded one handed to
 * the test processes), and on it one seeded database shared by the read-only tests.
 */
export default async function setup(project: TestProject) {
  const stopServer = await setupTestPostgres();
  const database = await createTestDatabase({ seed: true });
  await database.prisma.$disconnect();
  project.provide('seededDatabaseUrl', database.url);
  return async () => {
    await database.drop();
    await stopServer();
  };
}
