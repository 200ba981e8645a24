import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrationAdapterFactory } from './migration-adapter-factory.mjs';
import { useTestPostgres, type TestPostgres } from './test-postgres.ts';

let server: TestPostgres;
let databaseUrl: string;

beforeAll(async () => {
  server = await useTestPostgres();
  databaseUrl = await server.createDatabase();
});

afterAll(async () => {
  await server?.dropAll();
});

const sql = (text: string): SqlQuery => ({ sql: text, args: [], argTypes: [] });
const catalogQuery = sql(`SELECT relkind, relname FROM pg_class WHERE relname = 'pg_class'`);

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (
      (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1
    );
  } finally {
    await client.end();
  }
}

describe('createMigrationAdapterFactory', () => {
  it('reads catalog "char" columns as characters', async () => {
    const adapter = await createMigrationAdapterFactory(databaseUrl).connect();
    try {
      expect(await adapter.queryRaw(catalogQuery)).toEqual({
        columnNames: ['relkind', 'relname'],
        columnTypes: [ColumnTypeEnum.Character, ColumnTypeEnum.Text],
        rows: [['r', 'pg_class']],
      });
    } finally {
      await adapter.dispose();
    }
  });

  it('reads catalog "char" columns as characters inside a transaction', async () => {
    const adapter = await createMigrationAdapterFactory(databaseUrl).connect();
    try {
      const transaction = await adapter.startTransaction();
      const result = await transaction.queryRaw(catalogQuery);
      await transaction.rollback();
      expect(result.columnTypes).toEqual([ColumnTypeEnum.Character, ColumnTypeEnum.Text]);
    } finally {
      await adapter.dispose();
    }
  });

  it('keeps to one database session, which holds the advisory lock of a migration run', async () => {
    const adapter = await createMigrationAdapterFactory(databaseUrl).connect();
    try {
      const backendPid = sql('SELECT pg_backend_pid()::text AS pid');
      const pids = await Promise.all([adapter.queryRaw(backendPid), adapter.queryRaw(backendPid)]);
      expect(pids[0]!.rows).toEqual(pids[1]!.rows);
    } finally {
      await adapter.dispose();
    }
  });

  it('gives the engine a throw-away shadow database and drops it on dispose', async () => {
    const factory = bindMigrationAwareSqlAdapterFactory(createMigrationAdapterFactory(databaseUrl));
    const connected = await factory.connectToShadowDb();
    if (!connected.ok)
      throw new Error(`connectToShadowDb failed: ${JSON.stringify(connected.error)}`);
    const shadow = connected.value;

    const current = await shadow.queryRaw(sql('SELECT current_database()::text AS name'));
    if (!current.ok) throw new Error(`query failed: ${JSON.stringify(current.error)}`);
    const name = String(current.value.rows[0]![0]);
    expect(name).toMatch(/^prisma_migrate_shadow_db_[0-9a-f-]{36}$/);
    expect(await databaseExists(name)).toBe(true);

    await shadow.dispose();

    expect(await databaseExists(name)).toBe(false);
  });
});
