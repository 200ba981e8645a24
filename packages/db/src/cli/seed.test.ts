import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `pnpm db:seed` the way the package script does: tsx on src/cli/seed.ts. */
function runSeed(
  databaseUrl: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts'], {
      cwd: packageDir,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('db:seed', () => {
  let database: TestDatabase | undefined;
  afterAll(async () => {
    await database?.drop();
  });

  it('seeds DATABASE_URL and prints what it did per table', { timeout: 180_000 }, async () => {
    database = await createTestDatabase();
    const { code, stdout } = await runSeed(database.url);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^table +created +updated +unchanged$/m);
    expect(stdout).toMatch(/^observations +3971 +0 +0$/m);
    expect(stdout).toMatch(/^alternatives +6 +0 +0$/m);
    expect(stdout).toMatch(
      /^publishers' files: 66 read; 106585 observations, 1 alternatives, 159 countries, \d+ systems and 24500 list entries written$/m,
    );
    expect(stdout).toMatch(/^seeded in \d+\.\d\d s$/m);
  });

  it.each([
    [
      '',
      'DatabaseConfigError: DATABASE_URL is not a valid PostgreSQL URL: it is empty; expected postgresql://user@host:port/database',
    ],
    [
      'postgresql://atlas@127.0.0.1:1/atlas',
      'DatabaseUnreachableError: cannot reach PostgreSQL at 127.0.0.1:1 (ECONNREFUSED)',
    ],
  ])('fails with one line on stderr for DATABASE_URL=%j', async (url, line) => {
    const { code, stdout, stderr } = await runSeed(url);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${line}\n`);
  });
});
