import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createImportKey, importObservations } from './support/machine-client.js';
import { startApi, useApi } from './support/test-api.js';
import { useTestDatabase } from './support/test-database.js';

const database = useTestDatabase({ seed: true });
let secret: string;
const api = useApi(async () => {
  secret = await createImportKey(database.prisma);
  return startApi(database.prisma);
});

const latestQuery = '{ latest(indicators: ["top500_systems"], regions: ["JPN"]) { period value } }';

async function get(query: string, headers: Record<string, string> = {}) {
  const url = new URL('/graphql', api.baseUrl);
  url.searchParams.set('query', query);
  const response = await fetch(url, { headers });
  return {
    response,
    body: (await response.json()) as {
      data?: { latest: { period: string; value: number }[] };
      errors?: { extensions?: { code?: string } }[];
    },
  };
}

describe('GET queries and HTTP caching', () => {
  it('answers anonymous GET queries with a public max-age', async () => {
    const { response, body } = await get(latestQuery);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
    const stored = await database.prisma.observation.findFirstOrThrow({
      where: {
        indicator: { code: 'top500_systems' },
        region: { code: 'JPN' },
        status: { not: 'PROJECTION' },
      },
      orderBy: { periodStart: 'desc' },
    });
    expect(body.data?.latest).toEqual([{ period: stored.period, value: stored.value }]);
  });

  it('refuses mutations over GET', async () => {
    const url = new URL('/graphql', api.baseUrl);
    url.searchParams.set('query', 'mutation { revokeApiKey(id: 1) { id } }');
    const response = await fetch(url);
    expect(response.status).toBe(405);
  });

  it('never lets shared caches keep responses for signed-in callers', async () => {
    const { response } = await get(latestQuery, { authorization: `Bearer ${secret}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves repeated reads from the response cache until the data changes through the API', async () => {
    const query =
      '{ latest(indicators: ["top500_rmax_pflops"], regions: ["FRA"]) { period value } }';
    const first = await get(query);
    const [before] = first.body.data!.latest;

    // Changed behind the API's back: the cached response stays until its max-age ends.
    await database.prisma.observation.updateMany({
      where: {
        indicator: { code: 'top500_rmax_pflops' },
        region: { code: 'FRA' },
        period: before!.period,
      },
      data: { value: before!.value + 1 },
    });
    const cached = await get(query);
    expect(cached.body.data!.latest).toEqual([before]);
    expect(Number(cached.response.headers.get('age'))).toBeGreaterThanOrEqual(0);

    // Changed through the API: the change is announced and the cache emptied.
    await importObservations(
      api.baseUrl,
      secret,
      `region_code,indicator_code,period,value\nFRA,top500_rmax_pflops,${before!.period},${before!.value + 2}\n`,
    );
    const fresh = await get(query);
    expect(fresh.response.headers.get('age')).toBeNull();
    expect(fresh.body.data!.latest).toEqual([{ period: before!.period, value: before!.value + 2 }]);
  });
});

describe('automatic persisted queries', () => {
  it('runs a registered query by its hash alone, over GET', async () => {
    const query = '{ pillars { code } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });

    const unknown = new URL('/graphql', api.baseUrl);
    unknown.searchParams.set('extensions', extensions);
    const notYet = await fetch(unknown);
    const notYetBody = (await notYet.json()) as { errors: { extensions: { code: string } }[] };
    expect(notYetBody.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await fetch(new URL('/graphql', api.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: JSON.parse(extensions) }),
    });
    expect(registered.status).toBe(200);

    const byHash = await fetch(unknown);
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toBe('max-age=60, public');
    const pillars = await database.prisma.pillar.findMany({
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
    });
    expect(await byHash.json()).toEqual({
      data: { pillars: pillars.map(({ code }) => ({ code })) },
    });
  });
});
