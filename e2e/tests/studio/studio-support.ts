import { expect, type Page } from '@playwright/test';
import pg from 'pg';

/** The accounts the stack's quick start creates (apps/api/src/modules/auth/demo-users.ts). */
export const demoEditor = { email: 'editor@atlas.local', password: 'atlas-editor-demo' };
export const demoAdmin = { email: 'admin@atlas.local', password: 'atlas-admin-demo' };

export async function signIn(
  page: Page,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto('/studio/sign-in');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}

/** What the journeys check in the stack's database, beside what the pages show. */
export class StudioDatabase {
  readonly #pool: pg.Pool;

  constructor(databaseUrl: string) {
    this.#pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  }

  close(): Promise<void> {
    return this.#pool.end();
  }

  async articleStatus(slug: string): Promise<string | null> {
    const { rows } = await this.#pool.query<{ status: string }>(
      'SELECT status::text FROM "Article" WHERE slug = $1',
      [slug],
    );
    return rows[0]?.status ?? null;
  }

  /** Value and source key of one observation. */
  async observation(
    indicator: string,
    region: string,
    period: string,
  ): Promise<{ value: number; sourceKey: string | null }> {
    const { rows } = await this.#pool.query<{ value: number; sourceKey: string | null }>(
      `SELECT o.value, s.key AS "sourceKey" FROM "Observation" o
       JOIN "Indicator" i ON i.id = o."indicatorId" JOIN "Region" r ON r.id = o."regionId"
       LEFT JOIN "Source" s ON s.id = o."sourceId"
       WHERE i.code = $1 AND r.code = $2 AND o.period = $3`,
      [indicator, region, period],
    );
    if (!rows[0]) throw new Error(`No observation of ${indicator} for ${region} in ${period}`);
    return rows[0];
  }

  async importBatchCount(): Promise<number> {
    const { rows } = await this.#pool.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM "ImportBatch"',
    );
    return rows[0]?.count ?? 0;
  }
}
