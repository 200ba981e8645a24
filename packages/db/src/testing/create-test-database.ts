import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient } from '../client.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { withDatabase } from './database-url.ts';
import { ensureTemplate } from './template-database.ts';
import { testServerUrl } from './test-server.ts';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Disconnects and drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh database with a unique name, migrated with `migrateDeploy` (and seeded when asked), on
 * the test server: `TEST_DATABASE_URL`, or else an embedded PostgreSQL started once per process.
 * It is a copy of a template database migrated (and seeded) once for the current code.
 */
export async function createTestDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = await testServerUrl();
  const template = await ensureTemplate(serverUrl, options.seed ?? false);
  const name = `atlas_test_${randomBytes(6).toString('hex')}`;
  await runStatement(serverUrl, `create database "${name}" template "${template}"`);
  const url = withDatabase(serverUrl, name);
  const prisma = createPrismaClient(url);
  return {
    url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await runStatement(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

/** CREATE and DROP DATABASE cannot run inside a transaction, so each gets a connection. */
async function runStatement(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
