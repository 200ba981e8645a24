import { createPrismaClient } from '../client.ts';
import { checkDatabaseReachable, parseDatabaseUrl } from '../config/index.ts';
import { seedDatabase } from '../seed/index.ts';
import { formatSeedSummary } from './format-seed-summary.ts';

// `pnpm db:seed`: loads the seed into the database named by DATABASE_URL.
try {
  const url = parseDatabaseUrl(process.env.DATABASE_URL ?? '');
  await checkDatabaseReachable(url);
  const prisma = createPrismaClient(url);
  const started = performance.now();
  try {
    const summary = await seedDatabase(prisma);
    console.log(formatSeedSummary(summary));
    console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  } finally {
    await prisma.$disconnect();
  }
} catch (error) {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exitCode = 1;
}
