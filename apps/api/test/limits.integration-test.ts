import { createPrismaClient } from '@atlas/db';
import { createTestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { QueryLimits } from '../src/limits/query-limits.js';
import { ApiKeyService } from '../src/modules/auth/api-key-service.js';
import { errorCodes, postGraphql } from './support/graphql-client.js';
import { startApi, type TestApi } from './support/test-api.js';

// Every limit is tested with a request just under it and one just over it.
const limits: QueryLimits = {
  maxDepth: 4,
  maxAliases: 3,
  maxCost: 610,
  maxQueryBytes: 300,
  timeoutMs: 60_000,
  rateLimit: { requests: 1000, windowSeconds: 60 },
};

const prisma = createPrismaClient(inject('seededDatabaseUrl'));
const started: TestApi[] = [];
async function apiWith(overrides: Partial<QueryLimits>) {
  const api = await startApi(prisma, { ...limits, ...overrides });
  started.push(api);
  return api;
}
let api: TestApi;
beforeAll(async () => {
  api = await apiWith({});
});
afterAll(async () => {
  for (const server of started) await server.stop();
  await prisma.$disconnect();
});

describe('query depth', () => {
  it('runs a query as deep as the limit and refuses one level more', async () => {
    // region → parent → children → code: depth 4.
    const atLimit = await postGraphql(
      api.baseUrl,
      '{ region(code: "DEU") { parent { children { code } } } }',
    );
    expect(atLimit.errors).toBeUndefined();
    const tooDeep = await postGraphql(
      api.baseUrl,
      '{ region(code: "DEU") { parent { children { parent { code } } } } }',
    );
    expect(tooDeep.status).toBe(400);
    expect(errorCodes(tooDeep)).toEqual(['QUERY_TOO_DEEP']);
    expect(tooDeep.errors?.[0]?.message).toContain('Query depth limit of 4 exceeded, found 5');
  });
});

describe('aliases', () => {
  it('runs a query with as many aliases as the limit and refuses one more', async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `a${index}: pillars { code }`).join(' ')} }`;
    const atLimit = await postGraphql(api.baseUrl, aliases(3));
    expect(atLimit.errors).toBeUndefined();
    const tooMany = await postGraphql(api.baseUrl, aliases(4));
    expect(tooMany.status).toBe(400);
    expect(errorCodes(tooMany)).toEqual(['TOO_MANY_ALIASES']);
  });
});

describe('cost', () => {
  // Each series costs 1 + 30 points × (1 + value) = 61, so 10 regions cost 610.
  const costQuery =
    'query ($regions: [String!]!) { series(indicators: ["top500_systems"], regions: $regions) { points { value } } }';

  it('accounts for list sizes: 10 regions fit the budget, 11 do not', async () => {
    const regions = (await prisma.region.findMany({ take: 11, orderBy: { code: 'asc' } })).map(
      (r) => r.code,
    );
    const atLimit = await postGraphql(api.baseUrl, costQuery, { regions: regions.slice(0, 10) });
    expect(atLimit.errors).toBeUndefined();
    const tooCostly = await postGraphql(api.baseUrl, costQuery, { regions });
    expect(tooCostly.status).toBe(400);
    expect(errorCodes(tooCostly)).toEqual(['QUERY_TOO_COSTLY']);
    expect(tooCostly.errors?.[0]?.extensions).toMatchObject({ cost: 671, maxCost: 610 });
  });
});

describe('query text size', () => {
  const padded = (bytes: number) => {
    const query = '{ pillars { code } }';
    return query + ' '.repeat(bytes - Buffer.byteLength(query));
  };

  it('accepts a query text of the limit and refuses one byte more, before parsing', async () => {
    const atLimit = await postGraphql(api.baseUrl, padded(300));
    expect(atLimit.errors).toBeUndefined();
    const tooLarge = await postGraphql(api.baseUrl, padded(301));
    expect(tooLarge.status).toBe(413);
    expect(errorCodes(tooLarge)).toEqual(['QUERY_TOO_LARGE']);

    const viaGet = await fetch(
      new URL(`/graphql?query=${encodeURIComponent(padded(301))}`, api.baseUrl),
    );
    expect(viaGet.status).toBe(413);
  });
});

describe('timeout', () => {
  const slowQuery =
    '{ observations(first: 1000) { nodes { period value region { code name } indicator { code } } } }';

  it('answers within the time limit and stops a request that runs past it', async () => {
    const inTime = await postGraphql(api.baseUrl, slowQuery);
    expect(inTime.errors).toBeUndefined();

    const impatient = await apiWith({ timeoutMs: 5 });
    const stopped = await postGraphql(impatient.baseUrl, slowQuery);
    expect(stopped.status).toBe(504);
    expect(errorCodes(stopped)).toEqual(['TIMEOUT']);
  });
});

describe('rate limit', () => {
  it('reports the budget in headers and refuses the request after the last one', async () => {
    const limited = await apiWith({ rateLimit: { requests: 3, windowSeconds: 60 } });
    const remaining: (string | null)[] = [];
    for (let request = 0; request < 3; request++) {
      const response = await postGraphql(limited.baseUrl, '{ pillars { code } }');
      expect(response.errors).toBeUndefined();
      expect(response.headers.get('ratelimit-limit')).toBe('3');
      remaining.push(response.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const refused = await postGraphql(limited.baseUrl, '{ pillars { code } }');
    expect(refused.status).toBe(429);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('counts each client a trusted proxy names apart, and ignores the name from anyone else', async () => {
    const oneRequest = { ...limits, rateLimit: { requests: 1, windowSeconds: 60 } };
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const ask = (api: TestApi, address: string) =>
      postGraphql(api.baseUrl, '{ pillars { code } }', {}, from(address));

    // By default a proxy on this machine (the local portal) is trusted.
    const behindLocalProxy = await startApi(prisma, oneRequest);
    started.push(behindLocalProxy);
    expect((await ask(behindLocalProxy, '203.0.113.1')).status).toBe(200);
    expect((await ask(behindLocalProxy, '203.0.113.1')).status).toBe(429);
    expect((await ask(behindLocalProxy, '203.0.113.2')).status).toBe(200);

    // Trusting only another network, the header from this machine names nobody.
    const behindRemoteBalancer = await startApi(prisma, oneRequest, undefined, {
      trustProxy: '10.0.0.0/8',
    });
    started.push(behindRemoteBalancer);
    expect((await ask(behindRemoteBalancer, '203.0.113.1')).status).toBe(200);
    expect((await ask(behindRemoteBalancer, '203.0.113.2')).status).toBe(429);
  });

  it("leaves out the portal's own reads, which carry the secret it shares with the API", async () => {
    const portalSecret = 'portal-and-api-shared-secret-0123456789';
    const limited = await startApi(
      prisma,
      { ...limits, rateLimit: { requests: 1, windowSeconds: 60 } },
      undefined,
      { portalSecret },
    );
    started.push(limited);
    const ask = (headers: Record<string, string>) =>
      postGraphql(limited.baseUrl, '{ pillars { code } }', {}, headers);

    for (let request = 0; request < 3; request++) {
      const fromPortal = await ask({ 'x-portal-secret': portalSecret });
      expect(fromPortal.status).toBe(200);
      expect(fromPortal.headers.get('ratelimit-limit')).toBeNull();
    }
    expect((await ask({ 'x-portal-secret': 'a guess' })).status).toBe(200);
    expect((await ask({ 'x-portal-secret': 'a guess' })).status).toBe(429);
  });

  it('counts an API key apart from the address it calls from', async () => {
    const database = await createTestDatabase();
    try {
      const user = await database.prisma.user.create({
        data: { email: 'researcher@example.org', name: 'Researcher', passwordHash: 'unused' },
      });
      const { secret } = await new ApiKeyService(database.prisma).create(
        { name: 'notebook', scopes: ['observations:write'] },
        { userId: user.id, apiKeyId: null },
      );
      const limited = await startApi(database.prisma, {
        ...limits,
        rateLimit: { requests: 1, windowSeconds: 60 },
      });
      started.push(limited);

      expect((await postGraphql(limited.baseUrl, '{ pillars { code } }')).status).toBe(200);
      expect((await postGraphql(limited.baseUrl, '{ pillars { code } }')).status).toBe(429);
      const withKey = await postGraphql(
        limited.baseUrl,
        '{ pillars { code } }',
        {},
        {
          authorization: `Bearer ${secret}`,
        },
      );
      expect(withKey.status).toBe(200);
      expect(withKey.headers.get('ratelimit-remaining')).toBe('0');
      const keyAgain = await postGraphql(
        limited.baseUrl,
        '{ pillars { code } }',
        {},
        {
          authorization: `Bearer ${secret}`,
        },
      );
      expect(keyAgain.status).toBe(429);
    } finally {
      await database.drop();
    }
  });
});
