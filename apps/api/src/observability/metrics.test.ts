import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.js';

let server: Server | undefined;
afterEach(() => server?.close());

describe('metrics', () => {
  it('counts requests by matched route and status, times them, and reads pool stats at scrape time', async () => {
    const pool = { totalCount: 3, idleCount: 2, waitingCount: 0 };
    const metrics = createMetrics({ primary: pool });
    const app = express();
    app.use(metrics.httpMiddleware);
    app.get('/metrics', metrics.handler);
    app.get('/articles/:slug', (_req, res) => {
      res.send('ok');
    });
    const api = express.Router();
    api.use((_req, res) => {
      res.status(500).send('broken');
    });
    app.use('/graphql', api);
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    await fetch(`${base}/articles/one`);
    await fetch(`${base}/articles/two`);
    await fetch(`${base}/graphql?query={x}`, { method: 'POST' });
    await fetch(`${base}/no/such/path`);
    metrics.countGraphqlError('BAD_USER_INPUT');
    pool.waitingCount = 4;

    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain(
      'http_requests_total{method="GET",route="/articles/:slug",status_code="200"} 2',
    );
    expect(text).toContain(
      'http_requests_total{method="POST",route="/graphql",status_code="500"} 1',
    );
    expect(text).toContain(
      'http_requests_total{method="GET",route="unmatched",status_code="404"} 1',
    );
    expect(text).toContain('http_server_errors_total{route="/graphql",status_code="500"} 1');
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/articles\/:slug",status_code="200"\} 2/,
    );
    expect(text).toContain('graphql_errors_total{code="BAD_USER_INPUT"} 1');
    expect(text).toContain('db_pool_connections{pool="primary",state="total"} 3');
    expect(text).toContain('db_pool_connections{pool="primary",state="waiting"} 4');
    expect(text).toContain('process_resident_memory_bytes');
  });
});
