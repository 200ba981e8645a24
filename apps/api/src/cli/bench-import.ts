import { createTestDatabase } from '@atlas/db/testing';
import type { PrismaClient } from '@atlas/db';
import type { ImportReport } from '@atlas/domain';
import { ObservationImportService } from '../modules/imports/observation-import-service.js';

// 250 regions × 40 indicators × 10 years = 100,000 rows.
const regionCount = 250;
const indicatorCount = 40;
const years = Array.from({ length: 10 }, (_, index) => 2015 + index);

async function createReferences(prisma: PrismaClient): Promise<void> {
  const pillar = await prisma.pillar.create({
    data: { code: 'bench', name: 'Bench', description: 'Benchmark pillar' },
  });
  await prisma.region.createMany({
    data: Array.from({ length: regionCount }, (_, index) => ({
      code: regionCode(index),
      name: `Region ${index}`,
      kind: 'COUNTRY' as const,
    })),
  });
  await prisma.indicator.createMany({
    data: Array.from({ length: indicatorCount }, (_, index) => ({
      code: `bench_${index}`,
      name: `Bench indicator ${index}`,
      unit: 'units',
      description: 'Benchmark indicator',
      pillarId: pillar.id,
    })),
  });
  await prisma.source.create({
    data: {
      key: 'bench_source',
      title: 'Benchmark',
      publisher: 'Compute Atlas',
      url: 'https://example.org/bench',
      excerpt: 'Generated.',
    },
  });
}

function regionCode(index: number): string {
  return `B${String(index).padStart(3, '0')}`;
}

function csvFile(valueOf: (region: number, indicator: number, year: number) => number): string {
  const lines = ['region_code,indicator_code,period,value,status,source_key,note'];
  for (let region = 0; region < regionCount; region += 1) {
    for (let indicator = 0; indicator < indicatorCount; indicator += 1) {
      for (const year of years)
        lines.push(
          `${regionCode(region)},bench_${indicator},${year},${valueOf(region, indicator, year)},final,bench_source,`,
        );
    }
  }
  return lines.join('\n');
}

async function timed(label: string, run: () => Promise<ImportReport>): Promise<void> {
  const started = performance.now();
  const report = await run();
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(report.rowCount / seconds).toLocaleString('en');
  console.log(
    `${label.padEnd(34)} ${seconds.toFixed(2).padStart(6)} s  ${rate.padStart(9)} rows/s  ` +
      `added ${report.added}, changed ${report.changed}, unchanged ${report.unchanged}, invalid ${report.invalid}`,
  );
}

async function main(): Promise<void> {
  const database = await createTestDatabase();
  try {
    await createReferences(database.prisma);
    const imports = new ObservationImportService(database.prisma, async () => {});
    const actor = { userId: null, apiKeyId: null };
    const first = csvFile(
      (region, indicator, year) => region * 1000 + indicator + (year - 2000) / 100,
    );
    const second = csvFile(
      (region, indicator, year) => region * 1000 + indicator + (year - 2000) / 100 + 0.5,
    );
    console.log(
      `CSV import of ${(regionCount * indicatorCount * years.length).toLocaleString('en')} rows (${(first.length / 1e6).toFixed(1)} MB)`,
    );
    await timed('dry run, all rows new', () =>
      imports.dryRun({ csv: first, fileName: 'bench.csv' }),
    );
    await timed('commit, all rows new', () =>
      imports.commit({ csv: first, fileName: 'bench.csv' }, actor),
    );
    await timed('commit, every value changed', () =>
      imports.commit({ csv: second, fileName: 'bench-2.csv' }, actor),
    );
    await timed('commit, nothing changed', () =>
      imports.commit({ csv: second, fileName: 'bench-2.csv' }, actor),
    );
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
