import path from 'node:path';
import { isPeriod, periodSyntax } from '@atlas/domain';
import { z } from 'zod';
import { readCsv, SeedDataError } from './read-csv.ts';

const code = z.string().regex(/^[A-Za-z0-9_]+$/, 'expected letters, digits and underscores');
const text = z.string().trim().min(1, 'must not be empty');

const indicatorRow = z.object({
  indicator_code: code,
  name: text,
  unit: text,
  pillar: code,
  description: text,
  higher_is_better: z
    .enum(['true', 'false', ''])
    .transform((value) => (value === '' ? null : value === 'true')),
});

const sourceRow = z.object({
  source_id: code,
  title: text,
  publisher: text,
  year: z
    .string()
    .regex(/^(\d{4})?$/, 'expected a four-digit year or nothing')
    .transform((value) => (value === '' ? null : Number(value))),
  url: z.url(),
  excerpt: text,
});

const observationRow = z.object({
  region_code: code,
  indicator_code: code,
  period: z.string().refine(isPeriod, `expected ${periodSyntax}`),
  value: z
    .string()
    .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'expected a number')
    .transform(Number),
  unit: text,
  source_id: code,
  note: z.string().transform((value) => value.trim() || null),
});

export type IndicatorRow = z.output<typeof indicatorRow>;
export type SourceRow = z.output<typeof sourceRow>;
export type ObservationRow = z.output<typeof observationRow> & { line: number };

export interface SeedFiles {
  indicators: IndicatorRow[];
  sources: SourceRow[];
  /** In file order: the order decides which of two disagreeing rows is the observation. */
  observations: ObservationRow[];
}

/** Reads indicators.csv, sources.csv and observations.csv from `dataDir`. */
export async function loadSeedFiles(dataDir: string): Promise<SeedFiles> {
  const [indicators, sources, observations] = await Promise.all([
    readCsv(path.join(dataDir, 'indicators.csv'), indicatorRow),
    readCsv(path.join(dataDir, 'sources.csv'), sourceRow),
    readCsv(path.join(dataDir, 'observations.csv'), observationRow),
  ]);
  assertUnique(indicators, (row) => row.indicator_code, 'indicators.csv', 'indicator_code');
  assertUnique(sources, (row) => row.source_id, 'sources.csv', 'source_id');
  return {
    indicators: indicators.map(({ row }) => row),
    sources: sources.map(({ row }) => row),
    observations: observations.map(({ line, row }) => ({ ...row, line })),
  };
}

function assertUnique<Row>(
  rows: { line: number; row: Row }[],
  keyOf: (row: Row) => string,
  file: string,
  column: string,
): void {
  const seen = new Set<string>();
  for (const { line, row } of rows) {
    const key = keyOf(row);
    if (seen.has(key))
      throw new SeedDataError(`${file} line ${line}: ${column} "${key}" is repeated`);
    seen.add(key);
  }
}
