import type { ImportErrorCode, ImportRowError } from '@atlas/domain';

/**
 * What every importer returns for one publisher's file, whatever its format: the observations
 * it yields in the atlas's codes, the source record it implies, the rows it skipped and why,
 * and the errors that make the file unusable. Nothing here touches the database: the import
 * service resolves the codes to ids, runs the dry run and commits all or nothing.
 */
export interface ImportResult {
  /** Which importer read the file. */
  format: ImportFormat;
  observations: ImportedObservation[];
  source: SourceRecord;
  /** The atlas indicators the file feeds, as proposed from the file's own codes or chosen by the caller. */
  indicators: ProposedIndicator[];
  skipped: SkippedRow[];
  /** Any error means the file must not be imported (the existing all-or-nothing rule). */
  errors: ImporterError[];
}

export type ImportFormat =
  'top500' | 'data-package' | 'world-bank-csv' | 'eurostat-tsv' | 'eurostat-sdmx-csv';

export interface ImportedObservation {
  /** Row of the file the value was read from (the header is row 1), or the first of the rows it was derived from. */
  line: number;
  /** Atlas region code: ISO 3166-1 alpha-3 for a country, the atlas's code for an aggregate (WLD, EU27). */
  regionCode: string;
  indicatorCode: string;
  /** YYYY or YYYY-MM. */
  period: string;
  value: number;
  note: string | null;
  /** The row exactly as read (or, for a derived figure, how it was derived), for the source's excerpt. */
  excerpt: string;
}

/** The source record an import creates or reuses: one per file. */
export interface SourceRecord {
  /** Stable key, e.g. `t500_202411` or `wb_it_net_bbnd_p2`, so a re-import reuses the record. */
  key: string;
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
  licence: string | null;
  fileName: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

export interface ProposedIndicator {
  /** Atlas indicator code. */
  code: string;
  /** The publisher's code it was proposed from (e.g. `IT.NET.USER.ZS`), or null when derived by the importer. */
  publisherCode: string | null;
  /** The publisher's title and unit for it, where the file gives them, to create an indicator the atlas lacks. */
  publisherTitle: string | null;
  unit: string | null;
}

export type SkipReason = 'aggregate' | 'unknown-region' | 'no-value';

export interface SkippedRow {
  line: number;
  reason: SkipReason;
  /** The publisher's region label or code, and for wide files the column, as read. */
  detail: string;
}

/** The import codes of the API, and those only a publisher's file can earn. */
export type ImporterErrorCode =
  | ImportErrorCode
  | 'WRONG_FORMAT'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'PASSWORD_PROTECTED'
  | 'UNREADABLE_FILE'
  | 'MISSING_VALUE'
  | 'BAD_VALUE'
  | 'SCHEMA_MISMATCH'
  | 'UNKNOWN_COUNTRY';

/**
 * An import error as the API reports one (its line is the file's row, the header being row 1,
 * or 0 for the file as a whole), naming also the column or package field at fault.
 */
export interface ImporterError extends Omit<ImportRowError, 'code'> {
  code: ImporterErrorCode;
  /** The column or package field at fault, as the file names it; null for the whole file or row. */
  field: string | null;
}

/** Thrown while reading when the file cannot be read any further; importers turn it into a result error. */
export class ImporterFailure extends Error {
  constructor(readonly error: ImporterError) {
    super(error.message);
    this.name = 'ImporterFailure';
  }
}

export function failure(
  code: ImporterErrorCode,
  message: string,
  where: { line?: number; field?: string | null } = {},
): ImporterFailure {
  return new ImporterFailure({ line: where.line ?? 0, field: where.field ?? null, code, message });
}
