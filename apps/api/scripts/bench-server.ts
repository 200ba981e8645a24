/**
 * One API server for the benchmark, in a process of its own so that the load generator does
 * not share its event loop: `tsx scripts/bench-server.ts <database-url> <cache|no-cache>`.
 * Prints `listening <url>` once it serves; stops on SIGTERM.
 */
import { createPrismaClient } from '@atlas/db';
import { createApiServer } from '../src/server.js';

const [databaseUrl, caching] = process.argv.slice(2);
if (!databaseUrl || (caching !== 'cache' && caching !== 'no-cache')) {
  console.error('usage: bench-server.ts <database-url> <cache|no-cache>');
  process.exit(2);
}

const prisma = createPrismaClient(databaseUrl);
const server = await createApiServer({
  prisma,
  cacheResponses: caching === 'cache',
  // The benchmark measures the work, not the protections: no rate limit, a generous timeout.
  limits: {
    rateLimit: { requests: Number.MAX_SAFE_INTEGER, windowSeconds: 60 },
    timeoutMs: 120_000,
  },
});
const url = await server.listen(0);
console.log(`listening ${url.href}`);

process.on('SIGTERM', async () => {
  await server.stop();
  await prisma.$disconnect();
  process.exit(0);
});
