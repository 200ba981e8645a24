/**
 * Load benchmark of the GraphQL API (`pnpm bench:api`): seeds a separate database with 200
 * regions × 50 indicators × 25 periods, then reports requests per second and p50/p99 latency for
 * four typical requests, served by the API with and without its response cache, next to the
 * same data fetched with one hand-written SQL query through `pg` (the floor).
 *
 * The database is a fresh one on TEST_DATABASE_URL's server or, without it, on an embedded
 * PostgreSQL; it is dropped at the end. Prints figures; asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@atlas/db/testing';
import pg from 'pg';
import {
  firstYear,
  indicatorCode,
  indicatorCount,
  lastYear,
  periodCount,
  regionCode,
  regionCount,
  seedBenchmarkData,
} from './bench-data.js';

const durationMs = 10_000;
const concurrency = 8;

interface Scenario {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  sql: { text: string; values: unknown[] };
}

const seriesRegions = Array.from({ length: 50 }, (_, i) => regionCode(i + 1));
const seriesIndicators = Array.from({ length: 5 }, (_, i) => indicatorCode(i + 1));
const customWeights = {
  pillars: [
    { pillar: 'capacity', weight: 3 },
    { pillar: 'environment', weight: 2 },
    { pillar: 'applications', weight: 1 },
  ],
  indicators: [
    { indicator: 'ind_01', weight: 2 },
    { indicator: 'ind_06', weight: 1 },
  ],
};

const scenarios: Scenario[] = [
  {
    name: 'single latest value',
    graphql: {
      query: `query ($indicators: [String!]!, $regions: [String!]!) {
        latest(indicators: $indicators, regions: $regions) { period value source { title url } }
      }`,
      variables: { indicators: ['ind_07'], regions: ['R042'] },
    },
    sql: {
      text: `SELECT o.period, o.value, s.title, s.url
        FROM "Observation" o
        JOIN "Indicator" i ON i.id = o."indicatorId"
        JOIN "Region" r ON r.id = o."regionId"
        LEFT JOIN "Source" s ON s.id = o."sourceId"
        WHERE i.code = $1 AND r.code = $2 AND o.status <> 'PROJECTION'
        ORDER BY o."periodStart" DESC LIMIT 1`,
      values: ['ind_07', 'R042'],
    },
  },
  {
    name: 'series 50 regions × 5 indicators × 25 periods',
    graphql: {
      query: `query ($indicators: [String!]!, $regions: [String!]!, $from: String, $to: String) {
        series(indicators: $indicators, regions: $regions, from: $from, to: $to) {
          indicator { code unit } region { code } points { period value source { title } }
        }
      }`,
      variables: {
        indicators: seriesIndicators,
        regions: seriesRegions,
        from: String(firstYear),
        to: String(lastYear),
      },
    },
    sql: {
      text: `SELECT i.code, i.unit, r.code AS region, o.period, o.value, s.title
        FROM "Observation" o
        JOIN "Indicator" i ON i.id = o."indicatorId"
        JOIN "Region" r ON r.id = o."regionId"
        LEFT JOIN "Source" s ON s.id = o."sourceId"
        WHERE i.code = ANY($1) AND r.code = ANY($2)
          AND o."periodStart" BETWEEN make_date($3, 1, 1) AND make_date($4, 12, 31)
        ORDER BY i.code, r.code, o."periodStart"`,
      values: [seriesIndicators, seriesRegions, firstYear, lastYear],
    },
  },
  {
    name: 'ranking of 200 regions',
    graphql: {
      query: `query ($indicator: String!, $period: String) {
        ranking(indicator: $indicator, period: $period) {
          period entries { rank value region { code name } } missing { code }
        }
      }`,
      variables: { indicator: 'ind_03', period: String(lastYear) },
    },
    sql: {
      text: `SELECT rank() OVER (ORDER BY o.value DESC) AS rank, o.value, r.code, r.name
        FROM "Observation" o
        JOIN "Indicator" i ON i.id = o."indicatorId"
        JOIN "Region" r ON r.id = o."regionId"
        WHERE i.code = $1 AND o.period = $2 AND r.kind = 'COUNTRY' AND o.status <> 'PROJECTION'
        ORDER BY rank`,
      values: ['ind_03', String(lastYear)],
    },
  },
  {
    name: 'index with custom weights',
    graphql: {
      query: `query ($period: String, $weights: IndexWeightsInput) {
        computingPowerIndex(period: $period, weights: $weights) {
          entries { rank score coverage region { code } pillars { pillar { code } contribution } }
        }
      }`,
      variables: { period: String(lastYear), weights: customWeights },
    },
    // The whole index in SQL: min-max per indicator, weighted means within and across pillars.
    sql: {
      text: `WITH pillar_weight(code, weight) AS (
          SELECT p.code, coalesce(w.weight, p."indexWeight")
          FROM "Pillar" p LEFT JOIN unnest($2::text[], $3::float8[]) AS w(code, weight) ON w.code = p.code),
        indicator_weight(id, "pillarId", "higherIsBetter", weight) AS (
          SELECT i.id, i."pillarId", i."higherIsBetter", coalesce(w.weight, i."indexWeight")
          FROM "Indicator" i LEFT JOIN unnest($4::text[], $5::float8[]) AS w(code, weight) ON w.code = i.code),
        year_value AS (
          SELECT DISTINCT ON (o."indicatorId", o."regionId")
                 o."indicatorId", o."regionId", o.value, iw."pillarId", iw."higherIsBetter",
                 iw.weight AS iw, pw.weight AS pw
          FROM "Observation" o
          JOIN indicator_weight iw ON iw.id = o."indicatorId" AND iw.weight > 0
          JOIN "Pillar" p ON p.id = iw."pillarId"
          JOIN pillar_weight pw ON pw.code = p.code AND pw.weight > 0
          JOIN "Region" r ON r.id = o."regionId" AND r.kind = 'COUNTRY'
          WHERE o.status <> 'PROJECTION' AND o."periodStart" BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)
          ORDER BY o."indicatorId", o."regionId", o."periodStart" DESC),
        normalised AS (
          SELECT *, CASE WHEN max(value) OVER w = min(value) OVER w THEN 100
                    WHEN "higherIsBetter" THEN 100 * (value - min(value) OVER w) / (max(value) OVER w - min(value) OVER w)
                    ELSE 100 * (max(value) OVER w - value) / (max(value) OVER w - min(value) OVER w) END AS score
          FROM year_value WINDOW w AS (PARTITION BY "indicatorId")),
        pillar_score AS (
          SELECT "regionId", "pillarId", pw, sum(iw * score) / sum(iw) AS score
          FROM normalised GROUP BY "regionId", "pillarId", pw)
        SELECT r.code, sum(pw * score) / sum(pw) AS score, rank() OVER (ORDER BY sum(pw * score) / sum(pw) DESC)
        FROM pillar_score JOIN "Region" r ON r.id = "regionId"
        GROUP BY r.code ORDER BY score DESC`,
      values: [
        lastYear,
        customWeights.pillars.map((w) => w.pillar),
        customWeights.pillars.map((w) => w.weight),
        customWeights.indicators.map((w) => w.indicator),
        customWeights.indicators.map((w) => w.weight),
      ],
    },
  },
];

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

/** Runs `request` from `concurrency` loops for `durationMs` and summarises the latencies. */
async function measure(request: () => Promise<void>): Promise<Figures> {
  await request();
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        try {
          await request();
          latencies.push(performance.now() - start);
        } catch {
          failures += 1;
        }
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))]!;
  return {
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50: at(0.5),
    p99: at(0.99),
    failures,
  };
}

function graphqlRequest(url: URL, body: string): () => Promise<void> {
  return async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
    });
    const result = (await response.json()) as { errors?: unknown[] };
    if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  };
}

const format = ({ requestsPerSecond, p50, p99, failures }: Figures) =>
  `${requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${p50.toFixed(1).padStart(7)} ms   p99 ${p99.toFixed(1).padStart(7)} ms${failures ? `   ${failures} failed` : ''}`;

const serverScript = fileURLToPath(new URL('./bench-server.ts', import.meta.url));

/** Starts an API server process over the database and returns its GraphQL URL. */
async function startServer(
  databaseUrl: string,
  caching: 'cache' | 'no-cache',
  children: ChildProcess[],
): Promise<URL> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverScript, databaseUrl, caching], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // As deployed: graphql-js skips its development-only checks in production.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const match = /listening (\S+)/.exec(output);
      if (match) resolve(new URL('/graphql', match[1]));
    });
    child.once('exit', (code) => reject(new Error(`The API server exited (${code}): ${output}`)));
  });
}

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const seeder = new pg.Client({ connectionString: database.url });
  const pool = new pg.Pool({ connectionString: database.url, max: concurrency });
  const children: ChildProcess[] = [];
  try {
    await seeder.connect();
    const seedStart = performance.now();
    await seedBenchmarkData(seeder);
    const { rows } = await seeder.query<{ count: string }>('SELECT count(*) FROM "Observation"');
    console.log(
      `Seeded ${regionCount} regions × ${indicatorCount} indicators × ${periodCount} periods = ${rows[0]!.count} observations in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    console.log(
      `Each figure: ${concurrency} concurrent clients for ${durationMs / 1000} s, on this machine.\n`,
    );

    const uncachedUrl = await startServer(database.url, 'no-cache', children);
    const cachedUrl = await startServer(database.url, 'cache', children);

    for (const scenario of scenarios) {
      const body = JSON.stringify(scenario.graphql);
      console.log(scenario.name);
      console.log(
        `  API                  ${format(await measure(graphqlRequest(uncachedUrl, body)))}`,
      );
      console.log(
        `  API, response cache ${format(await measure(graphqlRequest(cachedUrl, body)))}`,
      );
      const sql = async () => {
        await pool.query(scenario.sql.text, scenario.sql.values);
      };
      console.log(`  SQL floor (pg)       ${format(await measure(sql))}\n`);
    }
  } finally {
    for (const child of children) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await database.prisma.$disconnect();
    await pool.end();
    await seeder.end();
    await database.drop();
  }
}

await main();
