import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy } from './migrate-deploy.ts';
import { runOnServer } from './postgres-server.mjs';
import { REPO_PRISMA_DIR } from './test-prisma-cli.ts';
import { useTestPostgres, type TestPostgres } from './test-postgres.ts';

/** Each migrateDeploy runs the Prisma CLI: seconds each, more on a busy machine. */
const DEPLOY_TIMEOUT_MS = 180_000;

let server: TestPostgres;

beforeAll(async () => {
  server = await useTestPostgres();
});

afterAll(async () => {
  await server?.dropAll();
});

async function query<Row extends pg.QueryResultRow>(
  databaseUrl: string,
  sql: string,
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function repoMigrationNames(): Promise<string[]> {
  const entries = await readdir(path.join(REPO_PRISMA_DIR, 'migrations'), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function schemaModelNames(): Promise<string[]> {
  const schema = await readFile(path.join(REPO_PRISMA_DIR, 'schema.prisma'), 'utf8');
  return [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]!).sort();
}

async function appliedMigrations(databaseUrl: string) {
  return query<{ migration_name: string; finished: boolean; rolled_back: boolean }>(
    databaseUrl,
    `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
     FROM _prisma_migrations ORDER BY migration_name`,
  );
}

describe('migrateDeploy', { timeout: DEPLOY_TIMEOUT_MS }, () => {
  it('creates every table and records each migration on a fresh database, then changes nothing', async () => {
    const databaseUrl = await server.createDatabase();

    await migrateDeploy(databaseUrl);

    const tables = await query<{ table_name: string }>(
      databaseUrl,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((row) => row.table_name).sort()).toEqual(
      [...(await schemaModelNames()), '_prisma_migrations'].sort(),
    );
    expect(await appliedMigrations(databaseUrl)).toEqual(
      (await repoMigrationNames()).map((migration_name) => ({
        migration_name,
        finished: true,
        rolled_back: false,
      })),
    );
    const applied = await appliedMigrations(databaseUrl);

    await migrateDeploy(databaseUrl);

    expect(await appliedMigrations(databaseUrl)).toEqual(applied);
  });

  it('creates the database when it does not exist yet', async () => {
    const databaseUrl = server.missingDatabaseUrl();

    await migrateDeploy(databaseUrl);

    expect((await appliedMigrations(databaseUrl)).map((row) => row.migration_name)).toEqual(
      await repoMigrationNames(),
    );
  });

  it('applies each migration once when several processes deploy to the same database at once', async () => {
    const databaseUrl = await server.createDatabase();

    await Promise.all([
      migrateDeploy(databaseUrl),
      migrateDeploy(databaseUrl),
      migrateDeploy(databaseUrl),
    ]);

    expect((await appliedMigrations(databaseUrl)).map((row) => row.migration_name)).toEqual(
      await repoMigrationNames(),
    );
  });

  it("rejects with Prisma's reason on one line when the database holds other tables", async () => {
    const databaseUrl = await server.createDatabase();
    await runOnServer(databaseUrl, 'CREATE TABLE unrelated (id integer)');

    const failure = await migrateDeploy(databaseUrl).then(
      () => undefined,
      (error: unknown) => error as Error,
    );

    expect(failure?.message).toMatch(
      /^prisma migrate deploy failed: P3005 The database schema is not empty\./,
    );
    expect(failure?.message).not.toContain('\n');
  });

  it('rejects with P1001 when no server listens at the address', async () => {
    await expect(migrateDeploy('postgresql://postgres@127.0.0.1:9/atlas')).rejects.toThrow(
      /^prisma migrate deploy failed: P1001: Can't reach database server at `127\.0\.0\.1:9`/,
    );
  });
});
