import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGracefulShutdown } from './graceful-shutdown.js';
import { createLogger } from './logger.js';

const logger = createLogger('silent');
let server: Server | undefined;

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<number> {
  server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('graceful shutdown', () => {
  it('finishes in-flight requests, refuses new connections, then closes resources in order', async () => {
    const port = await listen((req, res) => {
      const delay = req.url === '/slow' ? 400 : 0;
      setTimeout(() => res.end(`done ${req.url}`), delay);
    });
    const closed: string[] = [];
    const shutdown = createGracefulShutdown({
      logger,
      plan: () => ({
        server: server!,
        beforeDrain: [{ name: 'subscriptions', close: async () => closed.push('subscriptions') }],
        afterDrain: [
          { name: 'redis', close: async () => closed.push('redis') },
          { name: 'database pool', close: async () => closed.push('database pool') },
        ],
      }),
    });

    const inFlight = get(port, '/slow');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shutdown.isShuttingDown()).toBe(false);
    const exitCode = shutdown.shutDown('test');
    expect(shutdown.isShuttingDown()).toBe(true);

    await expect(get(port, '/fast')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(closed).toEqual(['subscriptions']);
    await expect(inFlight).resolves.toEqual({ status: 200, body: 'done /slow' });
    expect(await exitCode).toBe(0);
    expect(closed).toEqual(['subscriptions', 'redis', 'database pool']);
  });

  it('cuts requests still running at the deadline and reports an unclean exit', async () => {
    const port = await listen(() => {
      // never answers
    });
    const shutdown = createGracefulShutdown({
      logger,
      drainTimeoutMs: 200,
      plan: () => ({ server: server!, beforeDrain: [], afterDrain: [] }),
    });
    const hanging = get(port, '/hang');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    expect(await shutdown.shutDown('test')).toBe(1);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(hanging).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('runs once however often it is asked, and a failing step makes the exit unclean', async () => {
    await listen((_req, res) => res.end());
    let closings = 0;
    const shutdown = createGracefulShutdown({
      logger,
      plan: () => ({
        server: server!,
        beforeDrain: [],
        afterDrain: [
          {
            name: 'flaky',
            close: async () => {
              closings += 1;
              throw new Error('already closed');
            },
          },
        ],
      }),
    });
    const [first, second] = await Promise.all([shutdown.shutDown('a'), shutdown.shutDown('b')]);
    expect([first, second]).toEqual([1, 1]);
    expect(closings).toBe(1);
  });
});
