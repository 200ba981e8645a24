// `pnpm load`: rounds of autocannon against the production build (scripts/start-prod.ts)
// with a mix of portal pages and API queries, printing throughput, latency, errors and
// the memory of the API and portal processes before and after each round.
import autocannon from 'autocannon';
import { megabytes, treeResidentBytes } from '../harness/process-memory.js';
import { startProductionStack } from './production-stack.js';
import { buildTraffic } from './traffic.js';

const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const durationSeconds = Number(process.env.LOAD_DURATION ?? 30);
const rounds = Number(process.env.LOAD_ROUNDS ?? 3);
// Half the connections read pages, half query the API; autocannon needs one host per run.
const portalConnections = Math.ceil(connections / 2);
const apiConnections = connections - portalConnections;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

function figures(result: autocannon.Result): Figures {
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    // Connection errors, timeouts and every answer that is not 2xx.
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function row(label: string, f: Figures): string {
  return `${label.padEnd(8)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${String(f.p50).padStart(5)} ms  p99 ${String(f.p99).padStart(5)} ms  ${String(f.requests).padStart(7)} requests  ${f.errors} errors`;
}

async function main(): Promise<void> {
  console.log(
    `Load: ${rounds} rounds × ${durationSeconds} s at ${connections} connections (${portalConnections} portal, ${apiConnections} API)`,
  );
  const stack = await startProductionStack({
    // The load comes from one address; the per-client limit would otherwise answer 429s.
    RATE_LIMIT_REQUESTS: '100000000',
  });
  try {
    const traffic = await buildTraffic(stack.apiUrl, stack.portalUrl);
    console.log(`portal pages: ${traffic.portalPaths.join(' ')}`);
    console.log(
      `API queries: ${traffic.apiRequests.length} kinds (latest, series, ranking, pillars, article)\n`,
    );
    for (let round = 1; round <= rounds; round += 1) {
      const before = [
        await treeResidentBytes(stack.apiPid),
        await treeResidentBytes(stack.portalPid),
      ];
      const [portal, api] = await Promise.all([
        autocannon({
          url: stack.portalUrl,
          connections: portalConnections,
          duration: durationSeconds,
          requests: traffic.portalPaths.map((path) => ({ method: 'GET' as const, path })),
        }),
        autocannon({
          url: stack.apiUrl,
          connections: apiConnections,
          duration: durationSeconds,
          requests: traffic.apiRequests,
        }),
      ]);
      const after = [
        await treeResidentBytes(stack.apiPid),
        await treeResidentBytes(stack.portalPid),
      ];
      const apiHeap = await heapUsedBytes(stack.apiUrl);
      const p = figures(portal);
      const a = figures(api);
      console.log(`round ${round}`);
      console.log(`  ${row('portal', p)}`);
      console.log(`  ${row('API', a)}`);
      console.log(
        `  ${'total'.padEnd(8)} ${(p.requestsPerSecond + a.requestsPerSecond).toFixed(0).padStart(7)} req/s  ${p.errors + a.errors} errors`,
      );
      console.log(
        `  memory (RSS)  API ${megabytes(before[0]!)} → ${megabytes(after[0]!)}   portal ${megabytes(before[1]!)} → ${megabytes(after[1]!)}`,
      );
      console.log(`  API heap in use after the round ${megabytes(apiHeap)}`);
    }
  } finally {
    await stack.stop();
  }
}

/**
 * The API's JavaScript heap in use, from its Prometheus metrics: unlike the resident size, it
 * does not keep pages the allocator has not returned, so growth here would mean a leak.
 */
async function heapUsedBytes(apiUrl: string): Promise<number> {
  const metrics = await (await fetch(new URL('/metrics', apiUrl))).text();
  const match = /^nodejs_heap_size_used_bytes (\S+)$/m.exec(metrics);
  if (!match) throw new Error('the API reports no nodejs_heap_size_used_bytes metric');
  return Number(match[1]);
}

main().catch((error: unknown) => {
  console.error(`✖ load run failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
