import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ImportFile } from '../import-file.ts';

/** The publishers' files kept in the repository, with their provenance in its README. */
export const rawDataDirectory = new URL('../../../../prisma/data/raw/', import.meta.url);

/** A file of prisma/data/raw, by its path there, as an upload would give it. */
export function rawFile(path: string): ImportFile {
  return {
    fileName: path.split('/').pop() ?? path,
    bytes: readFileSync(new URL(path, rawDataDirectory)),
  };
}

/** The 49 TOP500 list files, oldest first. */
export function top500ListPaths(): string[] {
  return readdirSync(new URL('top500/', rawDataDirectory))
    .filter((name) => /^TOP500_\d{6}\.xlsx?$/.test(name))
    .sort()
    .map((name) => `top500/${name}`);
}

export interface SeedObservationRow {
  region_code: string;
  indicator_code: string;
  period: string;
  value: string;
  source_id: string;
  note: string;
}

/** The rows of prisma/data/observations.csv that came from the given source. */
export function seedObservations(sourceId: string | RegExp): SeedObservationRow[] {
  const rows = parse(readFileSync(new URL('../observations.csv', rawDataDirectory)), {
    columns: true,
    bom: true,
  }) as SeedObservationRow[];
  return rows.filter((row) =>
    typeof sourceId === 'string' ? row.source_id === sourceId : sourceId.test(row.source_id),
  );
}
