import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { readinessHandler, type ReadinessOptions } from './health.js';

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(options: ReadinessOptions): Promise<string> {
  const app = express();
  app.get('/readyz', readinessHandler(options));
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
}

const answering = { name: 'database', check: async () => 1 };
const refusing = {
  name: 'redis',
  check: async () => {
    throw new Error('connect ECONNREFUSED 127.0.0.1:1');
  },
};
const silent = { name: 'database', check: () => new Promise(() => {}) };

describe('readiness', () => {
  it('answers 200 when every dependency answers', async () => {
    const url = await serve({ checks: [answering], isShuttingDown: () => false });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ready', checks: { database: 'ok' } });
  });

  it('names the failing dependency with a 503', async () => {
    const url = await serve({ checks: [answering, refusing], isShuttingDown: () => false });
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      checks: {
        database: 'ok',
        redis: { error: 'redis unreachable: connect ECONNREFUSED 127.0.0.1:1' },
      },
    });
  });

  it('gives up on a dependency that does not answer', async () => {
    const url = await serve({ checks: [silent], isShuttingDown: () => false, timeoutMs: 100 });
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      checks: { database: { error: 'database unreachable: no answer within 100 ms' } },
    });
  });

  it('is not ready once shutting down', async () => {
    const url = await serve({ checks: [answering], isShuttingDown: () => true });
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'shutting down' });
  });
});
