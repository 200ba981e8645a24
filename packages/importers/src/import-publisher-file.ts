import { importDataPackage, type DataPackageOptions } from './data-package/import-data-package.ts';
import { importEurostatTsv, type EurostatOptions } from './eurostat/import-eurostat-tsv.ts';
import { importSdmxCsv } from './eurostat/import-sdmx-csv.ts';
import type { ImportFile } from './import-file.ts';
import type { ImportFormat, ImportResult } from './import-result.ts';
import { importTop500List, type Top500ImportOptions } from './top500/import-top500-list.ts';
import {
  importWorldBankCsv,
  type WorldBankCsvOptions,
} from './world-bank/import-world-bank-csv.ts';

export const importFormats: readonly ImportFormat[] = [
  'top500',
  'data-package',
  'world-bank-csv',
  'eurostat-tsv',
  'eurostat-sdmx-csv',
];

export function isImportFormat(value: string): value is ImportFormat {
  return (importFormats as readonly string[]).includes(value);
}

export type PublisherFileOptions = Top500ImportOptions &
  WorldBankCsvOptions &
  EurostatOptions &
  Omit<DataPackageOptions, 'source'>;

/**
 * One entry point for `POST /import?format=…` and the studio: the uploaded files (a data
 * package is its datapackage.json plus its data files; the other formats are one file) read
 * by the importer of the format.
 */
export function importPublisherFile(
  format: ImportFormat,
  files: readonly ImportFile[],
  options: PublisherFileOptions = {},
): ImportResult {
  if (format === 'data-package') {
    const descriptor = files.find((file) => file.fileName.endsWith('.json'));
    const data = files.filter((file) => file !== descriptor);
    if (!descriptor) {
      return missingFile(format, 'a data package needs its datapackage.json with its data file');
    }
    return importDataPackage({ descriptor, files: data }, options);
  }
  const [file, ...extra] = files;
  if (!file || extra.length > 0)
    return missingFile(format, `the ${format} format takes exactly one file`);
  switch (format) {
    case 'top500':
      return importTop500List(file, options);
    case 'world-bank-csv':
      return importWorldBankCsv(file, options);
    case 'eurostat-tsv':
      return importEurostatTsv(file, options);
    case 'eurostat-sdmx-csv':
      return importSdmxCsv(file, options);
  }
}

function missingFile(format: ImportFormat, message: string): ImportResult {
  return {
    format,
    observations: [],
    source: {
      key: '',
      title: '',
      publisher: '',
      year: null,
      url: null,
      licence: null,
      fileName: '',
      sha256: '',
    },
    indicators: [],
    skipped: [],
    errors: [{ line: 0, field: null, code: 'EMPTY_FILE', message }],
  };
}
