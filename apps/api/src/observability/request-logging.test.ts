import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createRequestLogging } from './request-logging.js';

let server: Server | undefined;
afterEach(() => server?.close());

describe('request logging', () => {
  it('gives each request an id, echoes it, and writes one JSON line carrying it', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const app = express();
    app.use(createRequestLogging(pino(sink)));
    app.get('/articles', (req, res) => {
      req.log.info('inside the handler');
      res.send('ok');
    });
    app.get('/healthz', (_req, res) => {
      res.send('ok');
    });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const generated = await fetch(`${base}/articles`);
    const id = generated.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${base}/articles`, { headers: { 'x-request-id': 'lb-42' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-42');
    const unsafe = await fetch(`${base}/articles`, { headers: { 'x-request-id': 'a"b;<script>' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await fetch(`${base}/healthz`);
    await fetch(`${base}/nowhere`);

    const forFirst = lines.filter((line) => (line.req as { id?: string } | undefined)?.id === id);
    expect(forFirst.map((line) => line.msg)).toEqual(['inside the handler', 'request completed']);
    expect(lines.some((line) => (line.req as { url?: string }).url === '/healthz')).toBe(false);
    const missing = lines.find((line) => (line.req as { url?: string }).url === '/nowhere');
    expect(missing).toMatchObject({ level: 40, res: { statusCode: 404 } });
  });
});
