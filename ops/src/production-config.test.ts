import { spawn } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from './harness/api-process.js';
import { createUser } from './harness/editor-session.js';
import { apiEntry, repoRoot } from './harness/paths.js';

// In production the API refuses to start, with one line naming the problem, when its
// configuration is missing or insecure; the same settings are fine in development.

function runApi(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [apiEntry], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', API_PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('production configuration', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  const refusals: [Record<string, string>, string][] = [
    [{}, 'DATABASE_URL is required'],
    [
      { PORTAL_URL: 'http://portal:3000' },
      'REVALIDATE_SECRET is required in production when PORTAL_URL is set',
    ],
    [
      { PORTAL_URL: 'http://portal:3000', REVALIDATE_SECRET: 'sixteen-chars-ok' },
      'REVALIDATE_SECRET must be at least 32 characters in production',
    ],
    [{ LOG_LEVEL: 'silent' }, 'LOG_LEVEL=silent would hide every error in production'],
    [{ DATABASE_REPLICA_URLS: 'mysql://replica/atlas' }, 'DATABASE_REPLICA_URLS must be'],
  ];

  it.each(refusals)('refuses %j with one clear line', async (env, expected) => {
    // Every case but the first has a database, so the refusal is about the setting named.
    const withDatabase: Record<string, string> = expected.startsWith('DATABASE_URL')
      ? {}
      : { DATABASE_URL: database.url };
    const run = await runApi({ NODE_ENV: 'production', ...withDatabase, ...env });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Cannot start the API: ${expected}`);
  });

  it('refuses a database where an account still has the published demo password', async () => {
    await createUser({
      databaseUrl: database.url,
      email: 'editor@atlas.local',
      password: 'atlas-editor-demo',
      role: 'editor',
    });
    const run = await runApi({ NODE_ENV: 'production', DATABASE_URL: database.url });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'Cannot start the API: NODE_ENV=production but editor@atlas.local still sign in with the published demo password: disable the account or change its password',
    );

    // Outside production the same database is fine (the local quick start creates it).
    const development = await startApi({
      databaseUrl: database.url,
      env: { NODE_ENV: 'development' },
    });
    expect((await development.stop()).code).toBe(0);
  });
});
