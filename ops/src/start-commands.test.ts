import { spawn } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@atlas/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './harness/paths.js';

// The quick start (`npm start` runs scripts/start-stack.ts) and the production start report a
// database the user must fix with one line naming the problem and exit 1: no stack trace.

const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const commands = {
  'quick start': 'scripts/start-stack.ts',
  'production start': 'scripts/start-prod.ts',
} as const;

function runCommand(
  script: string,
  databaseUrl: string,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(tsx, [script], {
    cwd: repoRoot,
    // Ports nobody listens on, so the quick start's free-port check passes.
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: databaseUrl,
      API_PORT: '4391',
      PORT: '3391',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

async function expectOneLineFailure(script: string, databaseUrl: string, expected: RegExp) {
  const run = await runCommand(script, databaseUrl);
  expect(run.code).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(expected);
}

describe.each(Object.entries(commands))('the %s with a database it cannot use', (_, script) => {
  it('names a malformed DATABASE_URL', async () => {
    await expectOneLineFailure(script, 'postgres//atlas@localhost', /^✖ DatabaseConfigError: /);
  });

  it('names an unreachable database', async () => {
    await expectOneLineFailure(
      script,
      'postgresql://atlas:atlas@127.0.0.1:1/atlas',
      /^✖ DatabaseUnreachableError: .*127\.0\.0\.1:1/,
    );
  });
});

describe('the production start with a migration that cannot apply', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A migration recorded as started and never finished: Prisma refuses to deploy until
    // someone resolves it, as after a crash halfway through a migration.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(
        `UPDATE _prisma_migrations SET finished_at = NULL, logs = 'interrupted'
         WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`,
      );
    } finally {
      await client.end();
    }
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('reports the failed migration in one line', async () => {
    await expectOneLineFailure(
      commands['production start'],
      database.url,
      /^✖ MigrateDeployError: /,
    );
  });
});
