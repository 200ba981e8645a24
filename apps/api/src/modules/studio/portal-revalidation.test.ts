import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalRevalidation } from './portal-revalidation.js';

describe('createPortalRevalidation', () => {
  const received: { authorization?: string; body: unknown }[] = [];
  let portalUrl: string;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, body: JSON.parse(body) });
      res.writeHead(req.url === '/api/revalidate' ? 200 : 404).end();
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    portalUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts the tags with the secret as a bearer token', async () => {
    const warnings: string[] = [];
    const notify = createPortalRevalidation({
      portalUrl,
      secret: 'a-secret-of-some-length',
      warn: (m) => warnings.push(m),
    });
    await notify({ articles: ['what-is-computing-power'] });
    expect(received).toEqual([
      {
        authorization: 'Bearer a-secret-of-some-length',
        body: { tags: ['article:what-is-computing-power', 'articles'] },
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reports an unreachable portal without throwing', async () => {
    const warnings: string[] = [];
    const notify = createPortalRevalidation({
      portalUrl: 'http://127.0.0.1:9',
      secret: 'x'.repeat(16),
      warn: (m) => warnings.push(m),
    });
    await notify({ indicators: ['top500_systems'] });
    expect(warnings).toEqual([
      expect.stringContaining('portal revalidation at http://127.0.0.1:9/api/revalidate failed'),
    ]);
  });
});
