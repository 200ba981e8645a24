import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient } from '../client.ts';
import { migrateDeploy } from '../engine/migrate-deploy.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { seedDatabase } from '../seed/index.ts';
import { testServerUrl } from './test-server.ts';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Disconnects and drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh database with a unique name, migrated (and seeded when asked), on the test server:
 * `TEST_DATABASE_URL`, or else an embedded PostgreSQL started once per process.
 */
export async function createTestDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = await testServerUrl();
  const name = `atlas_test_${randomBytes(6).toString('hex')}`;
  await runStatement(serverUrl, `create database "${name}"`);
  const url = withDatabase(serverUrl, name);
  const prisma = createPrismaClient(url);
  const drop = async () => {
    await prisma.$disconnect();
    await runStatement(serverUrl, `drop database if exists "${name}" with (force)`);
  };
  try {
    await migrateDeploy(url);
    if (options.seed) await seedDatabase(prisma);
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, prisma, drop };
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
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
