import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createTestDatabase } from '@atlas/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Several replicas started together each apply pending migrations before serving: the
// deploys must serialise (Prisma Migrate's advisory lock) and each migration must be
// applied once, also when a replica that finished keeps running.

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const child = path.join(import.meta.dirname, 'harness/migrate-and-wait.ts');

interface Replica {
  process: ChildProcess;
  outcome: Promise<string>;
}

function startReplica(url: string): Replica {
  const replica = spawn(process.execPath, [tsx, child, url], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  replica.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  replica.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const outcome = new Promise<string>((resolve) => {
    replica.stdout.on('data', () => {
      if (/^(migrated|failed)/m.test(output)) resolve(output.trim());
    });
    replica.once('exit', (code) => resolve(`${output.trim()} (exit ${code})`));
  });
  return { process: replica, outcome };
}

async function stopReplica(replica: Replica): Promise<void> {
  if (replica.process.exitCode !== null) return;
  replica.process.stdin?.end();
  await once(replica.process, 'exit');
}

describe('migrations applied by replicas starting together', () => {
  let serverUrl: URL;
  let dropReference: () => Promise<void>;
  const databases: string[] = [];
  const replicas: Replica[] = [];

  beforeAll(async () => {
    // Borrow the test server (TEST_DATABASE_URL or the embedded one) and make empty databases on it.
    const reference = await createTestDatabase();
    dropReference = reference.drop;
    await reference.prisma.$disconnect();
    serverUrl = new URL(reference.url);
  });

  afterAll(async () => {
    await Promise.all(replicas.map(stopReplica));
    const admin = new pg.Client({ connectionString: withDatabase('postgres') });
    await admin.connect();
    for (const name of databases)
      await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
    await dropReference?.();
  });

  function withDatabase(name: string): string {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async function emptyDatabase(): Promise<string> {
    const name = `atlas_migrate_race_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: withDatabase('postgres') });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    databases.push(name);
    return withDatabase(name);
  }

  async function appliedMigrations(url: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{
      migration_name: string;
      finished: boolean;
      rolled_back: boolean;
    }>(
      `select migration_name, finished_at is not null as finished, rolled_back_at is not null as rolled_back
         from _prisma_migrations order by migration_name`,
    );
    await client.end();
    return rows;
  }

  it('applies each migration once when replicas deploy together, and again later while they run', async () => {
    const url = await emptyDatabase();
    const together = [startReplica(url), startReplica(url), startReplica(url)];
    replicas.push(...together);
    const outcomes = await Promise.all(together.map((replica) => replica.outcome));
    console.log(`concurrent deploys: ${outcomes.join(' | ')}`);
    for (const outcome of outcomes) expect(outcome).toMatch(/^migrated in \d+ ms$/);

    const rows = await appliedMigrations(url);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.finished && !row.rolled_back)).toBe(true);
    expect(new Set(rows.map((row) => row.migration_name)).size).toBe(rows.length);

    // The first replicas are still running (as a supervisor that goes on to serve would):
    // nothing they hold may block a replica that starts later.
    expect(together.every((replica) => replica.process.exitCode === null)).toBe(true);
    const later = startReplica(url);
    replicas.push(later);
    expect(await later.outcome).toMatch(/^migrated in \d+ ms$/);
    expect(await appliedMigrations(url)).toEqual(rows);
  });
});
