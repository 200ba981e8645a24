import { spawn, spawnSync } from 'node:child_process';
import { Socket } from 'node:net';
import { waitFor } from './wait-for.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface RedisServer {
  readonly url: string;
  /** Stops the server only when this harness started it. */
  stop(): Promise<void>;
}

/** Sends PING over a raw socket: no client library needed to know a server answers. */
export function pingRedis(url: string, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const finish = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('data', (data) => finish(data.toString().startsWith('+PONG')));
    socket.connect(Number(port || 6379), hostname || '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

function isLocal(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '::1';
}

/**
 * The Redis at `REDIS_URL` (default the machine's, 127.0.0.1:6379). When nothing answers
 * on a local address, starts Debian's `redis-server` there without persistence.
 */
export async function ensureRedis(
  url = process.env.REDIS_URL ?? DEFAULT_REDIS_URL,
): Promise<RedisServer> {
  if (await pingRedis(url)) return { url, stop: async () => {} };
  const { hostname, port } = new URL(url);
  const installed = spawnSync('redis-server', ['--version']).status === 0;
  if (!isLocal(hostname) || !installed) {
    throw new Error(
      `No Redis answers at ${url}${installed ? '' : ' and redis-server is not installed (apt-get install redis-server)'}; set REDIS_URL to a running Redis.`,
    );
  }
  const server = spawn(
    'redis-server',
    ['--port', port || '6379', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  let exited = false;
  const ended = new Promise<void>((resolve) =>
    server.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  await waitFor(() => pingRedis(url), {
    timeoutMs: 10_000,
    giveUp: () => exited,
    failure: () => `redis-server did not start on ${url}`,
  });
  return {
    url,
    async stop() {
      server.kill('SIGTERM');
      await ended;
    },
  };
}

/** The same server, another logical database: keeps a test's keys apart from other users'. */
export function redisDatabaseUrl(url: string, database: number): string {
  const withDatabase = new URL(url);
  withDatabase.pathname = `/${database}`;
  return withDatabase.toString();
}

/** Empties the logical database named in `url` (FLUSHDB), over a raw socket. */
export function flushRedisDatabase(url: string): Promise<void> {
  const { hostname, port, pathname } = new URL(url);
  const database = Number(pathname.slice(1) || 0);
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let answer = '';
    socket.setTimeout(2000, () => {
      socket.destroy();
      reject(new Error(`Redis at ${url} did not answer FLUSHDB`));
    });
    socket.once('error', reject);
    socket.on('data', (data) => {
      answer += data.toString();
      if (answer.split('\r\n').filter(Boolean).length < 2) return;
      socket.destroy();
      if (answer.startsWith('+OK\r\n+OK')) resolve();
      else reject(new Error(`Redis refused SELECT ${database}/FLUSHDB: ${answer.trim()}`));
    });
    socket.connect(Number(port || 6379), hostname || '127.0.0.1', () =>
      socket.write(`SELECT ${database}\r\nFLUSHDB\r\n`),
    );
  });
}
