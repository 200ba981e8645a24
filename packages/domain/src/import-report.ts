/** Why a line of an import file was refused; the codes are part of the API. */
export type ImportErrorCode =
  | 'MALFORMED_CSV'
  | 'MISSING_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'EMPTY_FILE'
  | 'WRONG_FIELD_COUNT'
  | 'UNKNOWN_REGION'
  | 'UNKNOWN_INDICATOR'
  | 'UNKNOWN_SOURCE'
  | 'BAD_NUMBER'
  | 'BAD_PERIOD'
  | 'BAD_STATUS'
  | 'DUPLICATE_ROW';

export interface ImportRowError {
  /** Line of the file, counting the header as line 1. */
  line: number;
  code: ImportErrorCode;
  message: string;
}

/** A row the import adds or whose value it changes. */
export interface ImportChangePreview {
  line: number;
  kind: 'ADDED' | 'CHANGED';
  regionCode: string;
  indicatorCode: string;
  period: string;
  previousValue: number | null;
  newValue: number;
}

/** The answer of `POST /import`, dry run or commit, as the API sends it and the studio shows it. */
export interface ImportReport {
  fileName: string;
  /** True when the rows were written; a report with errors is never committed. */
  committed: boolean;
  batchId: number | null;
  rowCount: number;
  added: number;
  changed: number;
  unchanged: number;
  /** Lines refused, each with at least one entry in errors. */
  invalid: number;
  errorCount: number;
  errors: ImportRowError[];
  changes: ImportChangePreview[];
}
