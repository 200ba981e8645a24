import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkReferences } from './check-references.ts';
import { loadSeedFiles } from './load-seed-files.ts';
import { SeedDataError } from './read-csv.ts';
import { DEFAULT_DATA_DIR } from './seed-database.ts';

const OBSERVATIONS_HEADER = 'region_code,indicator_code,period,value,unit,source_id,note';
let dataDir: string;

async function copyDataWith(observations: string): Promise<string> {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-seed-files-'));
  for (const file of ['indicators.csv', 'sources.csv']) {
    await writeFile(path.join(dataDir, file), await readFile(path.join(DEFAULT_DATA_DIR, file)));
  }
  await writeFile(
    path.join(dataDir, 'observations.csv'),
    `${OBSERVATIONS_HEADER}\r\n${observations}\r\n`,
  );
  return dataDir;
}

afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('loadSeedFiles', () => {
  it('reads every row of the repository data', async () => {
    const files = await loadSeedFiles(DEFAULT_DATA_DIR);
    expect(files.indicators).toHaveLength(78);
    expect(files.sources).toHaveLength(111);
    expect(files.observations).toHaveLength(3977);
    expect(() => checkReferences(files, DEFAULT_DATA_DIR)).not.toThrow();
  });

  it('names the file, line and column of a value that is not a number', async () => {
    const dir = await copyDataWith('USA,top500_systems,2024-11,many,systems,t500_202411,');
    await expect(loadSeedFiles(dir)).rejects.toThrow(
      new SeedDataError(`${path.join(dir, 'observations.csv')} line 2: value: expected a number`),
    );
  });

  it('rejects a period that is neither YYYY nor YYYY-MM', async () => {
    const dir = await copyDataWith('USA,top500_systems,2024-13,173,systems,t500_202411,');
    await expect(loadSeedFiles(dir)).rejects.toThrow(
      /observations\.csv line 2: period: expected YYYY or YYYY-MM$/,
    );
  });

  it('rejects an observation of a region the catalogue does not know', async () => {
    const dir = await copyDataWith('XYZ,top500_systems,2024-11,1,systems,t500_202411,');
    const files = await loadSeedFiles(dir);
    expect(() => checkReferences(files, dir)).toThrow(
      `${path.join(dir, 'observations.csv')} line 2: region_code "XYZ" is not in seed/catalog/regions.ts`,
    );
  });
});
