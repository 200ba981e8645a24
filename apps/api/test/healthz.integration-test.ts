import { createPrismaClient } from '@atlas/db';
import { afterAll, describe, expect, it } from 'vitest';
import { startApi, startApiOnSeededDatabase, type TestApi } from './support/test-api.js';

const started: TestApi[] = [];
afterAll(async () => {
  for (const api of started) await api.stop();
});

describe('GET /healthz', () => {
  it('answers 200 when the database answers', async () => {
    const api = await startApiOnSeededDatabase();
    started.push(api);
    const response = await fetch(new URL('/healthz', api.baseUrl));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 when the database does not answer', async () => {
    // Port 1 on the loopback interface refuses every connection.
    const prisma = createPrismaClient('postgresql://postgres@127.0.0.1:1/atlas');
    const api = await startApi(prisma);
    started.push(api);
    const response = await fetch(new URL('/healthz', api.baseUrl));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable' });
  });
});
