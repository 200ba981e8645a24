import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { httpErrorHandler } from './http-errors.js';
import { createLogger } from './logger.js';

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(): Promise<string> {
  const app = express();
  app.post('/graphql', express.json({ limit: '1kb' }), (_req, res) => {
    res.json({ data: {} });
  });
  app.get('/broken', () => {
    throw new Error('secret table name');
  });
  app.use(httpErrorHandler(createLogger('silent')));
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const json = { 'content-type': 'application/json' };

describe('HTTP errors', () => {
  it('names malformed JSON with a 400', async () => {
    const base = await serve();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: json,
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]?.message).toMatch(/^The request body is not valid JSON: /);
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('names the size limit with a 413', async () => {
    const base = await serve();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ query: 'x'.repeat(5000) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than the limit of 1024 bytes.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('hides the details of an unexpected failure', async () => {
    const base = await serve();
    const response = await fetch(`${base}/broken`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('secret table name');
  });
});
