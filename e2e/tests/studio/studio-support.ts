import type { Page } from '@playwright/test';
import pg from 'pg';
import { expect as baseExpect, test } from '../../support/fixtures';
import { readStack } from '../../support/stack';

/**
 * Every studio step (sign-in with argon2, save, publish, import) is a server action and an API call;
 * the journeys give them time on a busy machine.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });

export interface Account {
  email: string;
  password: string;
  role: 'EDITOR' | 'ADMIN';
  name: string;
  /** argon2id hash of the password, computed once, so the tests need no hashing library. */
  passwordHash: string;
}

/** The accounts the journeys sign in with; the tests create them in the stack's database. */
export const e2eEditor: Account = {
  email: 'e2e-editor@example.org',
  password: 'e2e-editor-password',
  role: 'EDITOR',
  name: 'E2E Editor',
  passwordHash:
    '$argon2id$v=19$m=19456,t=2,p=1$G0bEhakcXYKCR+PPieJmWA$92QFpoGTsYEG4O04XzLGH5h5cOJWgnpNbc3Sics2DaY',
};
export const e2eAdmin: Account = {
  email: 'e2e-admin@example.org',
  password: 'e2e-admin-password',
  role: 'ADMIN',
  name: 'E2E Admin',
  passwordHash:
    '$argon2id$v=19$m=19456,t=2,p=1$FABPPoZ8HpTKl0NYt16o2Q$7c2orLx42hvKftHIO5rWXflh8xA/7TQ5fObOyGIvkPQ',
};

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

/** From the article list, opens the article in review with this slug and title in the editor. */
export async function openInReview(page: Page, slug: string, title: string): Promise<void> {
  await page.getByRole('link', { name: 'In review' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: `/${slug}` })
    .getByRole('link', { name: title })
    .click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}

export interface IndicatorRecord {
  name: string;
  unit: string;
  description: string;
  methodology: string | null;
  higherIsBetter: boolean | null;
  pillarCode: string;
}

export interface StoredObservation {
  region: string;
  period: string;
  value: number;
  status: string;
  sourceKey: string | null;
  note: string | null;
}

export interface StoredApiKey {
  prefix: string;
  keyHash: string;
  scopes: string[];
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: string;
}

/**
 * Sets up a file of studio journeys. They change the shared database, so they run one after
 * another; the file opens one connection to it before them and closes it after. Returns that
 * connection, for use inside the tests.
 */
export function studioJourneys(): () => StudioDatabase {
  test.describe.configure({ mode: 'serial' });
  let studioDb: StudioDatabase | undefined;
  test.beforeAll(async () => {
    studioDb = await openStudioDatabase();
  });
  test.afterAll(() => studioDb?.close());
  return () => {
    if (!studioDb) throw new Error('The studio database opens before the first journey');
    return studioDb;
  };
}

/** The running stack's database, with the journeys' editor and admin accounts in place. */
async function openStudioDatabase(): Promise<StudioDatabase> {
  const studioDb = new StudioDatabase((await readStack()).databaseUrl);
  await studioDb.ensureAccount(e2eEditor);
  await studioDb.ensureAccount(e2eAdmin);
  return studioDb;
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

  /** Creates the account, or resets its password, role and enabled state when it exists. */
  async ensureAccount(account: Account): Promise<void> {
    await this.#pool.query(
      `INSERT INTO "User" (email, name, "passwordHash", role, "updatedAt")
       VALUES ($1, $2, $3, $4::"UserRole", now())
       ON CONFLICT (email) DO UPDATE
       SET "passwordHash" = EXCLUDED."passwordHash", role = EXCLUDED.role, "disabledAt" = NULL`,
      [account.email, account.name, account.passwordHash, account.role],
    );
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

  /** The editable fields of one indicator. */
  async indicator(code: string): Promise<IndicatorRecord> {
    const { rows } = await this.#pool.query<IndicatorRecord>(
      `SELECT i.name, i.unit, i.description, i.methodology, i."higherIsBetter", p.code AS "pillarCode"
       FROM "Indicator" i JOIN "Pillar" p ON p.id = i."pillarId" WHERE i.code = $1`,
      [code],
    );
    if (!rows[0]) throw new Error(`No indicator ${code}`);
    return rows[0];
  }

  /** Puts an indicator's description back, for when a journey failed before it could. */
  async setIndicatorDescription(code: string, description: string): Promise<void> {
    await this.#pool.query('UPDATE "Indicator" SET description = $2 WHERE code = $1', [
      code,
      description,
    ]);
  }

  /** One observation of an indicator that the journeys only read. */
  async anyObservation(indicator: string): Promise<StoredObservation> {
    const { rows } = await this.#pool.query<StoredObservation>(
      `SELECT r.code AS region, o.period, o.value, lower(o.status::text) AS status,
         s.key AS "sourceKey", o.note FROM "Observation" o
       JOIN "Indicator" i ON i.id = o."indicatorId" JOIN "Region" r ON r.id = o."regionId"
       LEFT JOIN "Source" s ON s.id = o."sourceId"
       WHERE i.code = $1 ORDER BY r.code, o.period LIMIT 1`,
      [indicator],
    );
    if (!rows[0]) throw new Error(`No observation of ${indicator}`);
    return rows[0];
  }

  /** The stored state of the API keys with this name. */
  async apiKeys(name: string): Promise<StoredApiKey[]> {
    const { rows } = await this.#pool.query<StoredApiKey>(
      `SELECT k.prefix, k."keyHash", k.scopes, k."lastUsedAt", k."revokedAt", u.email AS "createdBy"
       FROM "ApiKey" k JOIN "User" u ON u.id = k."createdById" WHERE k.name = $1`,
      [name],
    );
    return rows;
  }

  async importBatchCount(): Promise<number> {
    const { rows } = await this.#pool.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM "ImportBatch"',
    );
    return rows[0]?.count ?? 0;
  }
}
