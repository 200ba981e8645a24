import { test as base } from '@playwright/test';
import { AtlasApi } from './api';
import { AtlasDatabase } from './database';
import { readStack } from './stack';

/**
 * Playwright's test with the running stack's database (`db`, one pool per worker) and
 * GraphQL API (`api`), to check what pages show against both.
 */
export const test = base.extend<object, { db: AtlasDatabase; api: AtlasApi }>({
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
  api: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(new AtlasApi((await readStack()).apiUrl));
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
