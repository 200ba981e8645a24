import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { importPublisherFile, type ImportFile, type ImportFormat } from '@atlas/importers';
import type { Prisma } from '../generated/prisma/client.ts';
import {
  writeImportResult,
  type ImportResultToWrite,
  type ImportWriteSummary,
} from '../import/write-import-result.ts';
import { SeedDataError } from './read-csv.ts';

/** One publisher's upload: its format and its files. */
interface PublisherUpload {
  format: ImportFormat;
  files: ImportFile[];
}

/** What loading the publishers' files did, over all of them. */
export interface PublisherFilesSummary {
  files: number;
  regionsCreated: number;
  observationsAdded: number;
  alternatives: number;
  systemsCreated: number;
  entries: number;
}

/**
 * Reads every publisher's file kept in `rawDir` with the importer an editor's upload goes
 * through: the TOP500 lists (oldest first, so each list's systems are followed from the one
 * before), the World Bank's data packages and bulk CSV, and the Eurostat files. Reading is
 * done before the seed's transaction opens; any error names the file and row.
 */
export async function readPublisherFiles(rawDir: string): Promise<ImportResultToWrite[]> {
  const uploads = await listUploads(rawDir);
  return uploads.map(({ format, files }) => {
    const result = importPublisherFile(format, files);
    const [error] = result.errors;
    if (error) {
      const file = files.map((each) => each.fileName).join(' + ');
      throw new SeedDataError(`${file} line ${error.line}: ${error.code}: ${error.message}`);
    }
    return result;
  });
}

/** Where each value of the results stands, in the seed files' terms, for checking articles. */
export function publisherValuePlaces(results: readonly ImportResultToWrite[]) {
  return results.flatMap((result) =>
    result.observations.map((observation) => ({
      region_code: observation.regionCode,
      indicator_code: observation.indicatorCode,
      period: observation.period,
    })),
  );
}

/** Writes the results read by readPublisherFiles, in their order, in the seed's transaction. */
export async function seedPublisherFiles(
  tx: Prisma.TransactionClient,
  results: readonly ImportResultToWrite[],
): Promise<PublisherFilesSummary> {
  const summary: PublisherFilesSummary = {
    files: results.length,
    regionsCreated: 0,
    observationsAdded: 0,
    alternatives: 0,
    systemsCreated: 0,
    entries: 0,
  };
  for (const result of results) {
    const written: ImportWriteSummary = await writeImportResult(tx, result);
    summary.regionsCreated += written.regionsCreated;
    summary.observationsAdded += written.observationsAdded;
    summary.alternatives += written.alternatives;
    summary.systemsCreated += written.systems.created;
    summary.entries += written.systems.entries;
  }
  return summary;
}

async function listUploads(rawDir: string): Promise<PublisherUpload[]> {
  const read = async (...parts: string[]): Promise<ImportFile> => ({
    fileName: parts.at(-1) ?? '',
    bytes: await readFile(path.join(rawDir, ...parts)),
  });
  // A publisher's folder may be absent: there is nothing of theirs to load.
  const entries = async (dir: string) =>
    (await readdir(path.join(rawDir, dir), { withFileTypes: true }).catch(absentAsEmpty)).sort(
      (a, b) => a.name.localeCompare(b.name),
    );
  const names = async (dir: string) => (await entries(dir)).map((entry) => entry.name);
  const uploads: PublisherUpload[] = [];
  for (const name of await names('top500')) {
    if (/^TOP500_\d{6}\.xlsx?$/.test(name)) {
      uploads.push({ format: 'top500', files: [await read('top500', name)] });
    }
  }
  // A folder is a data package; an API_ file, a bulk CSV.
  for (const entry of await entries('worldbank')) {
    const { name } = entry;
    if (entry.isFile() && name.endsWith('.csv')) {
      uploads.push({ format: 'world-bank-csv', files: [await read('worldbank', name)] });
    } else if (entry.isDirectory()) {
      uploads.push({
        format: 'data-package',
        files: [
          await read('worldbank', name, 'datapackage.json'),
          await read('worldbank', name, 'data.csv'),
        ],
      });
    }
  }
  for (const name of await names('eurostat')) {
    if (name.endsWith('.tsv') || name.endsWith('.tsv.gz')) {
      uploads.push({ format: 'eurostat-tsv', files: [await read('eurostat', name)] });
    } else if (name.endsWith('.csv')) {
      uploads.push({ format: 'eurostat-sdmx-csv', files: [await read('eurostat', name)] });
    }
  }
  return uploads;
}

function absentAsEmpty(error: NodeJS.ErrnoException): never[] {
  if (error.code === 'ENOENT') return [];
  throw error;
}
