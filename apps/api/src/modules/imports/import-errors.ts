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
