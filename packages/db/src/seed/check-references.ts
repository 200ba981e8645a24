import path from 'node:path';
import { REGIONS } from './catalog/regions.ts';
import type { SeedFiles } from './load-seed-files.ts';
import { SeedDataError } from './read-csv.ts';

/** Every observation must name a known region, indicator and source. */
export function checkReferences(files: SeedFiles, dataDir: string): void {
  const regions = new Set(REGIONS.map((region) => region.code));
  const indicators = new Set(files.indicators.map((row) => row.indicator_code));
  const sources = new Set(files.sources.map((row) => row.source_id));
  const file = path.join(dataDir, 'observations.csv');
  for (const row of files.observations) {
    const unknown = !regions.has(row.region_code)
      ? `region_code "${row.region_code}" is not in seed/catalog/regions.ts`
      : !indicators.has(row.indicator_code)
        ? `indicator_code "${row.indicator_code}" is not in indicators.csv`
        : !sources.has(row.source_id)
          ? `source_id "${row.source_id}" is not in sources.csv`
          : undefined;
    if (unknown) throw new SeedDataError(`${file} line ${row.line}: ${unknown}`);
  }
}
