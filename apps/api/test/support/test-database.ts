import type { PrismaClient } from '@atlas/db';
import { createTestDatabase, type TestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { createReferenceData } from './fixtures.js';

export interface TestDatabaseOptions {
  /** A copy of the seeded template instead of the migrated, empty one. */
  seed?: boolean;
  /** Add the few regions, indicators and sources of `createReferenceData`. */
  referenceData?: boolean;
}

/**
 * A database of the file's own, for tests that write: created in `beforeAll` and dropped in
 * `afterAll`. Call it before the other hooks, so that theirs run after the creation and before
 * the drop; the handle reads the database inside tests and hooks.
 */
export function useTestDatabase(options: TestDatabaseOptions = {}): {
  readonly prisma: PrismaClient;
} {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase({ seed: options.seed });
    if (options.referenceData) await createReferenceData(database.prisma);
  });
  afterAll(() => database?.drop());
  return {
    get prisma() {
      if (!database)
        throw new Error('the database is created in beforeAll: use it inside tests and hooks');
      return database.prisma;
    },
  };
}
