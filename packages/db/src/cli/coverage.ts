import path from 'node:path';
import { createPrismaClient } from '../client.ts';
import { openLocalDatabase } from '../embedded/index.ts';
import { countPillarCoverage } from '../stats/pillar-coverage.ts';
import { formatTable } from './format-table.ts';

// `pnpm db:coverage`: how many countries each pillar covers in the last five years, read from
// DATABASE_URL or, without it, from the quick start's local database.
const years = 5;
const repoRoot = path.resolve(import.meta.dirname, '../../../..');
try {
  const database = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await openLocalDatabase(path.resolve(repoRoot, process.env.ATLAS_DATA_DIR || '.data'));
  const prisma = createPrismaClient(database.url);
  try {
    const asOf = new Date();
    const coverage = await countPillarCoverage(prisma, { years, asOf });
    console.log(
      `Countries with at least one value since ${asOf.getUTCFullYear() - years + 1}, per pillar:\n`,
    );
    console.log(
      formatTable(
        ['pillar', 'indicators', 'countries'],
        coverage.map((row) => [row.pillar, String(row.indicators), String(row.countries)]),
      ),
    );
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
} catch (error) {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exitCode = 1;
}
