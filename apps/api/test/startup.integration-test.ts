import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const apiRoot = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs src/main.ts with only the given variables; `whileRunning` may act once it is ready. */
async function runMain(
  env: Record<string, string>,
  whileRunning?: (baseUrl: URL, stop: () => void) => Promise<void>,
): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<URL>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /ready at (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(new URL(match[1]!));
    });
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  if (whileRunning) {
    const baseUrl = await Promise.race([ready, exited.then(() => null)]);
    if (baseUrl) await whileRunning(baseUrl, () => child.kill('SIGTERM'));
  }
  const [code, signal] = await exited;
  return { code, signal, stdout, stderr };
}

describe('starting the API', () => {
  it.each([
    ['missing', {}, 'DATABASE_URL is required'],
    ['malformed', { DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid PostgreSQL URL'],
    [
      'unreachable',
      { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/atlas' },
      'cannot reach PostgreSQL at 127.0.0.1:1',
    ],
  ])(
    'exits with status 1 and one clear line when DATABASE_URL is %s',
    async (_case, env, expected) => {
      const run = await runMain(env);
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Cannot start the API: ${expected}`);
    },
  );

  it('names a TRUST_PROXY that is not a list of addresses', async () => {
    const run = await runMain({
      DATABASE_URL: inject('seededDatabaseUrl'),
      TRUST_PROXY: 'the balancer',
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Cannot start the API: TRUST_PROXY must list addresses/);
  });

  // Starting a process that compiles the sources takes a while on a busy machine.
  it('serves on API_PORT and exits cleanly on SIGTERM', async () => {
    const run = await runMain(
      { DATABASE_URL: inject('seededDatabaseUrl'), API_PORT: '0' },
      async (baseUrl, stop) => {
        const response = await fetch(new URL('/healthz', baseUrl));
        expect(response.status).toBe(200);
        stop();
      },
    );
    expect(run.stdout).toContain('ready at http://localhost:');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  }, 120_000);
});
