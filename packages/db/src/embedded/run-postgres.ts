import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';
import type { ServerAccount } from './server-account.ts';

interface RunOptions {
  nativeDir: string;
  dataDir: string;
  port: number;
  account: ServerAccount | undefined;
  /** URL of the `postgres` database, used to tell when the server accepts connections. */
  readinessUrl: string;
  durable: boolean;
  /** Delete the data folder once the server has stopped (throw-away test clusters). */
  removeDataOnStop: boolean;
  startTimeoutMs: number;
}

export interface RunningPostgres {
  /** Fast shutdown; resolves once the server process has ended. Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the server process ends, whoever ended it. */
  exited: Promise<void>;
}

/**
 * Shuts the server down when this process ends in any way, even killed: it waits for end-of-file
 * on a pipe that only this process holds open, then stops PostgreSQL (and removes throw-away
 * data). Writing nothing and closing the pipe is also how `stop()` asks for a shutdown.
 */
const GUARDIAN_SCRIPT = `
read -r _ || true
kill -INT "$1" 2>/dev/null
while kill -0 "$1" 2>/dev/null; do sleep 0.1; done
if [ -n "$2" ]; then rm -rf -- "$2"; fi
`;

/** Starts `postgres` on 127.0.0.1 only (no Unix socket) and waits until it answers. */
export async function runPostgres(options: RunOptions): Promise<RunningPostgres> {
  const args = [
    '-D',
    options.dataDir,
    '-p',
    String(options.port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    ...(options.durable
      ? []
      : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  // Its own process group: a Ctrl-C in the terminal reaches the parent, which stops the server
  // after the programs that use it.
  const server = spawn(path.join(options.nativeDir, 'bin', 'postgres'), args, {
    uid: options.account?.uid,
    gid: options.account?.gid,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  const recentLog: string[] = [];
  server.stderr?.on('data', (chunk: Buffer) => {
    recentLog.push(...chunk.toString().split('\n').filter(Boolean));
    recentLog.splice(0, Math.max(0, recentLog.length - 20));
  });
  const exited = once(server, 'exit').then(() => undefined);
  const spawned = await new Promise<boolean>((resolve) => {
    server.once('spawn', () => resolve(true));
    server.once('error', () => resolve(false));
  });
  if (!spawned || server.pid === undefined) {
    throw new EmbeddedPostgresError(
      `cannot run ${path.join(options.nativeDir, 'bin', 'postgres')}`,
    );
  }

  const guardian = spawn(
    '/bin/sh',
    ['-c', GUARDIAN_SCRIPT, 'postgres-guardian', String(server.pid), removablePath(options)],
    { detached: true, stdio: ['pipe', 'ignore', 'ignore'] },
  );
  const guardianExited = once(guardian, 'exit').then(() => undefined);
  // Neither process keeps this one alive; the guardian covers the exit.
  for (const child of [server, guardian] as ChildProcess[]) child.unref();
  (server.stderr as Socket | null)?.unref();
  (guardian.stdin as Socket | null)?.unref();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      // Waiting for the shutdown must keep this process alive.
      server.ref();
      guardian.ref();
      guardian.stdin?.end();
      await Promise.all([exited, guardianExited]);
    })();
    return stopping;
  };

  try {
    await waitUntilAccepting(options, exited, recentLog);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop, exited };
}

function removablePath(options: RunOptions): string {
  return options.removeDataOnStop ? options.dataDir : '';
}

async function waitUntilAccepting(
  options: RunOptions,
  exited: Promise<void>,
  recentLog: string[],
): Promise<void> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + options.startTimeoutMs;
  for (;;) {
    if (hasExited) {
      const fatal = recentLog.filter((line) => /FATAL|ERROR|PANIC/.test(line)).pop();
      throw new EmbeddedPostgresError(
        `PostgreSQL stopped while starting in ${options.dataDir}: ${fatal ?? recentLog.at(-1) ?? 'no output'}`,
      );
    }
    if (await answers(options.readinessUrl, options.dataDir)) return;
    if (Date.now() > deadline) {
      throw new EmbeddedPostgresError(
        `PostgreSQL did not accept connections on port ${options.port} within ${options.startTimeoutMs} ms`,
      );
    }
    await sleep(100);
  }
}

/** false while the server is not listening yet or still starting up (SQLSTATE 57P03). */
async function answers(url: string, dataDir: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    if (code === undefined || code === '57P03' || code.startsWith('E')) return false;
    throw new EmbeddedPostgresError(`PostgreSQL in ${dataDir} refused the connection: ${message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
