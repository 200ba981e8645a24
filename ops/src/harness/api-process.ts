import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { apiEntry, repoRoot } from './paths.js';
import { freePort } from './free-port.js';
import { residentBytes } from './process-memory.js';
import { waitFor } from './wait-for.js';

export interface ApiProcessOptions {
  databaseUrl: string;
  redisUrl?: string;
  port?: number;
  /** Extra environment, e.g. lower limits for a test. */
  env?: Record<string, string>;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ApiProcess {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly pid: number;
  /** Everything the process wrote, stdout and stderr, line by line. */
  readonly output: string[];
  /** Set once the process has ended, by itself or by `stop`. */
  exitStatus(): ExitStatus | undefined;
  residentBytes(): Promise<number>;
  /** SIGTERM, then waits for the graceful shutdown to end. */
  stop(): Promise<ExitStatus>;
}

/**
 * Runs the built API (`node apps/api/dist/main.js`) as production does and waits until
 * `/readyz` answers 200.
 */
export async function startApi(options: ApiProcessOptions): Promise<ApiProcess> {
  if (!existsSync(apiEntry)) {
    throw new Error(`${apiEntry} is missing: build the API first (pnpm --filter @atlas/api build)`);
  }
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [apiEntry], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => output.push(...chunk.split('\n').filter(Boolean)));
  }
  let exitStatus: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      exitStatus = { code, signal };
      resolve(exitStatus);
    });
  });

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}/readyz`)).status === 200, {
      timeoutMs: 60_000,
      giveUp: () => exitStatus !== undefined,
      failure: () =>
        `the API on port ${port} did not become ready (${exitStatus ? `exited with ${exitStatus.code ?? exitStatus.signal}` : 'still starting'}):\n${output.slice(-20).join('\n')}`,
    });
  } catch (error) {
    if (!exitStatus) child.kill('SIGKILL');
    throw error;
  }

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    pid: child.pid!,
    output,
    exitStatus: () => exitStatus,
    residentBytes: () => residentBytes(child.pid!),
    async stop() {
      if (!exitStatus) child.kill('SIGTERM');
      return exited;
    },
  };
}
