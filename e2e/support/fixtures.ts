import { test as base } from '@playwright/test';
import { AtlasDatabase } from './database';
import { readStack } from './stack';

/** Playwright's test with `db`: the stack's database, one connection pool per worker. */
export const test = base.extend<object, { db: AtlasDatabase }>({
  db: [
    // Playwright reads fixture dependencies from a destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const db = new AtlasDatabase((await readStack()).databaseUrl);
      await use(db);
      await db.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
