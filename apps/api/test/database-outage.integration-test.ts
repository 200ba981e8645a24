import { createPrismaClient } from '@atlas/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './support/test-api.js';

// Port 1 on the loopback interface refuses every connection: a real, unreachable server.
const prisma = createPrismaClient('postgresql://postgres@127.0.0.1:1/atlas');
let api: TestApi;
beforeAll(async () => {
  api = await startApi(prisma);
});
afterAll(async () => {
  await api.stop();
  await prisma.$disconnect();
});

const outageAnswer = {
  errors: [
    {
      message: 'The database is temporarily unavailable; retry in a few seconds.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    },
  ],
};

describe('GraphQL requests while the database is down', () => {
  // Anonymous requests reach the database only in resolvers; credentialed ones already need it
  // to find their session or API key, before any resolver runs.
  it.each([
    ['anonymous', {}],
    ['with a session cookie', { cookie: 'atlas_session=some-session-token' }],
    ['with an API key', { authorization: `Bearer atlas_abcdefghij_${'x'.repeat(43)}` }],
  ])('answer %s with a 503 and a retry hint', async (_caller, headers: Record<string, string>) => {
    const response = await fetch(new URL('/graphql', api.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toMatchObject(outageAnswer);
  });
});
