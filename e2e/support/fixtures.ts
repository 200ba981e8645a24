import { test as base, expect } from '@playwright/test';
import { AtlasApi } from './api';
import { AtlasDatabase } from './database';
import { readStack } from './stack';

/** Chromium's console report of anything a page's Content-Security-Policy blocked. */
export const isCspViolation = (text: string) => /Content Security Policy/i.test(text);

/**
 * Playwright's test with the running stack's database (`db`, one pool per worker) and
 * GraphQL API (`api`), to check what pages show against both. Every test fails when a page it
 * opened broke its own Content-Security-Policy (Chromium reports each blocked script, style or
 * connection in the console).
 */
export const test = base.extend<object, { db: AtlasDatabase; api: AtlasApi }>({
  page: async ({ page }, use) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (isCspViolation(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await use(page);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
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

export { expect };
