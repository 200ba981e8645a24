import { ImporterFailure, type ImportResult, type SourceRecord } from '../import-result.ts';
import { sha256Hex, type ImportFile, type ReadLimits } from '../import-file.ts';
import { readFirstSheet } from '../spreadsheet.ts';
import { deriveObservations } from './derive-observations.ts';
import { locateColumns } from './list-columns.ts';
import { listPeriod } from './list-period.ts';
import { readSystems, type Top500System } from './read-systems.ts';
import { top500Indicators } from './top500-indicators.ts';

export interface Top500ImportResult extends ImportResult {
  /** The list as `YYYY-MM`, or null when it could not be told. */
  period: string | null;
  /** Every system of the list, for the atlas's system pages. */
  systems: Top500System[];
}

export interface Top500ImportOptions {
  limits?: ReadLimits;
  /** Source fields the editor knows better than the file (e.g. where it was downloaded). */
  source?: Partial<Omit<SourceRecord, 'fileName' | 'sha256'>>;
}

const monthNames: Record<string, string> = { '06': 'June', '11': 'November' };

/**
 * A list file is about 300 KB and 500 rows; these bounds leave room for a list with notes or a
 * second sheet while keeping what SheetJS holds in memory small.
 */
export const top500ReadLimits: ReadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxRows: 5_000,
};

/**
 * A TOP500 list file (.xls or .xlsx, as TOP500.org distributes it): its systems and the
 * per-country and world observations derived from them.
 */
export function importTop500List(
  file: ImportFile,
  options: Top500ImportOptions = {},
): Top500ImportResult {
  const sha256 = sha256Hex(file.bytes);
  const result: Top500ImportResult = {
    format: 'top500',
    period: null,
    systems: [],
    observations: [],
    source: {
      key: 'top500',
      title: `TOP500 list (file ${file.fileName})`,
      publisher: 'TOP500.org',
      year: null,
      url: 'https://www.top500.org/lists/top500/',
      licence: null,
      ...options.source,
      fileName: file.fileName,
      sha256,
    },
    indicators: [],
    skipped: [],
    errors: [],
  };
  try {
    const sheet = readFirstSheet(file, options.limits ?? top500ReadLimits);
    const columns = locateColumns(sheet.rows[0] ?? []);
    const period = listPeriod(file.fileName, sheet.name);
    const [year, month] = period.split('-') as [string, string];
    result.period = period;
    result.source = {
      ...result.source,
      key: `t500_${year}${month}`,
      title: `TOP500 list ${monthNames[month]} ${year} (file ${file.fileName})`,
      year: Number(year),
      url: `https://www.top500.org/lists/top500/${year}/${month}/`,
      ...options.source,
    };
    const { systems, errors } = readSystems(sheet.rows, columns);
    result.errors = errors;
    if (systems.length === 0 && errors.length === 0) {
      result.errors.push({
        line: 2,
        field: null,
        code: 'EMPTY_FILE',
        message: `${file.fileName} has a header but no systems`,
      });
    }
    if (result.errors.length > 0) return result;
    result.systems = systems;
    const coverage = {
      accelerators: columns.index.accelerator !== undefined,
      power: columns.index.power !== undefined,
    };
    result.observations = deriveObservations(systems, period, coverage, file.fileName);
    const derived = new Set(result.observations.map((observation) => observation.indicatorCode));
    result.indicators = top500Indicators
      .filter((indicator) => derived.has(indicator.code))
      .map((indicator) => ({
        code: indicator.code,
        publisherCode: null,
        publisherTitle: indicator.name,
        unit: indicator.unit,
      }));
  } catch (error) {
    if (!(error instanceof ImporterFailure)) throw error;
    result.errors.push(error.error);
  }
  return result;
}
