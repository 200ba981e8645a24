import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createPrismaClient,
  migrateDeploy,
  seedDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
  type PrismaClient,
} from '@atlas/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from './harness/api-process.js';
import { freePort } from './harness/free-port.js';
import { postGraphql } from './harness/graphql-client.js';
import { startSteadyLoad, type LoadSample } from './harness/steady-load.js';

const outageMs = 4000;
const recoveryLimitMs = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Arguments differ from one request to the next (4,000 combinations), so no cache can
// answer: every request needs the database.
const indicatorCodes = [
  'top500_systems',
  'top500_rmax_pflops',
  'dc_pue_avg',
  'hyperscaler_capex_usd_bn',
];
function readQuery(iteration: number) {
  return {
    query:
      'query Ranking($indicator: String!, $limit: Int!) { ranking(indicator: $indicator, regionKinds: [COUNTRY, WORLD, AGGREGATE], limit: $limit) { entries { rank value } } }',
    variables: {
      indicator: indicatorCodes[Math.floor(iteration / 1000) % indicatorCodes.length],
      limit: 1 + (iteration % 1000),
    },
  };
}

function summarise(samples: readonly LoadSample[]) {
  const byStatus = new Map<string, number>();
  for (const sample of samples) {
    const key = `${sample.target} ${sample.status} ${sample.detail}`;
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...byStatus].sort());
}

describe('database outage under steady load', () => {
  let dataDir: string;
  let port: number;
  let postgres: EmbeddedPostgres;
  let prisma: PrismaClient;
  let api: ApiProcess;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'atlas-fault-'));
    port = await freePort();
    postgres = await startEmbeddedPostgres({ dataDir, port, onNotice: () => {} });
    await migrateDeploy(postgres.url);
    prisma = createPrismaClient(postgres.url);
    await seedDatabase(prisma);
    // The steady load comes from one address: far above the per-client limit.
    api = await startApi({ databaseUrl: postgres.url, env: { RATE_LIMIT_REQUESTS: '100000000' } });
  });

  afterAll(async () => {
    await api?.stop();
    await prisma?.$disconnect();
    await postgres?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (postgres && postgres.dataDir !== dataDir)
      await rm(postgres.dataDir, { recursive: true, force: true });
  });

  it('answers 503 while PostgreSQL is down, recovers by itself and loses nothing', async () => {
    // Something written and committed before the outage.
    const source = await prisma.source.findFirstOrThrow();
    const indicator = await prisma.indicator.findFirstOrThrow({
      where: { code: 'top500_systems' },
    });
    const region = await prisma.region.findUniqueOrThrow({ where: { code: 'WLD' } });
    const written = await prisma.observation.create({
      data: {
        indicatorId: indicator.id,
        regionId: region.id,
        period: '1990',
        periodType: 'YEAR',
        periodStart: new Date('1990-01-01'),
        value: 1990,
        sourceId: source.id,
        note: 'written before the outage',
      },
    });
    const countBefore = await prisma.observation.count();

    const load = startSteadyLoad({
      apiUrl: api.url,
      query: readQuery,
      workers: 4,
      maxDurationMs: 60_000,
    });
    await sleep(1500);
    const stopRequestedAt = load.now();
    await postgres.stop();
    const downAt = load.now();
    await sleep(outageMs);
    const restartAt = load.now();
    postgres = await startEmbeddedPostgres({ dataDir: postgres.dataDir, port, onNotice: () => {} });
    const upAt = load.now();

    const firstSuccess = () =>
      load.samples.find((s) => s.at > restartAt && s.target === 'graphql' && s.status === 200)?.at;
    while (load.now() - upAt < recoveryLimitMs && firstSuccess() === undefined) await sleep(50);
    const recoveredAt = firstSuccess();
    await sleep(2000);
    await load.stop();

    const before = load.samples.filter((s) => s.at < stopRequestedAt);
    // PostgreSQL accepts connections a little before its start-up function returns, so the
    // outage counts until the restart began.
    const outage = load.samples.filter((s) => s.at >= downAt && s.at < restartAt);
    const settled = load.samples.filter((s) => s.at > (recoveredAt ?? load.now()) + 500);
    const unanswered = load.samples.filter((s) => s.status === 0);
    const unexpected = load.samples.filter((s) => s.status !== 200 && s.status !== 503);
    const outageLatencies = outage.map((s) => s.latencyMs).sort((a, b) => a - b);

    console.log(
      [
        `fault test: ${load.samples.length} requests from 4 clients`,
        `  PostgreSQL stop asked at ${stopRequestedAt} ms, down at ${downAt} ms; restart begun at ${restartAt} ms, start-up returned at ${upAt} ms`,
        `  while down: ${outage.length} requests, ${outage.filter((s) => s.status === 503).length} answered 503, p99 latency ${outageLatencies[Math.floor(outageLatencies.length * 0.99)] ?? 0} ms`,
        `  first successful query: ${recoveredAt === undefined ? 'never' : `${recoveredAt - restartAt} ms after the restart began (${recoveredAt - upAt} ms after start-up returned)`}`,
        `  outcomes: ${JSON.stringify(summarise(load.samples))}`,
        ...api.output.filter((line) => /"level":50/.test(line)).slice(0, 3),
      ].join('\n'),
    );

    expect(api.exitStatus()).toBeUndefined();
    expect(unanswered).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(before.every((s) => s.status === 200)).toBe(true);
    expect(outage.length).toBeGreaterThan(0);
    expect(outage.every((s) => s.status === 503)).toBe(true);
    expect(
      outage
        .filter((s) => s.target === 'graphql')
        .every((s) => s.detail === 'DATABASE_UNAVAILABLE'),
    ).toBe(true);
    expect(recoveredAt, 'no query succeeded within 10 s of the restart').toBeDefined();
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.every((s) => s.status === 200)).toBe(true);

    const check = createPrismaClient(postgres.url);
    try {
      expect(await check.observation.count()).toBe(countBefore);
      expect(await check.observation.findUnique({ where: { id: written.id } })).toMatchObject({
        value: 1990,
        note: 'written before the outage',
      });
    } finally {
      await check.$disconnect();
    }
    const answer = await postGraphql(api.graphqlUrl, '{ pillars { code } }');
    expect(answer.status).toBe(200);
  });
});
