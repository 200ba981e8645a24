import type { CsvRecord } from '../csv-records.ts';
import { parseNumber, type ResultBuilder } from '../result-builder.ts';
import { noteOfFlags } from './flags.ts';

/** One value of a Eurostat file (TSV or SDMX-CSV), where it stands and how an error names it. */
export interface EurostatValue {
  regionCode: string;
  indicatorCode: string;
  period: string;
  /** The number as written, without its flags. */
  number: string;
  /** Eurostat's flag letters, e.g. `bu`; empty for none. */
  flags: string;
  /** The column, as the error's field. */
  field: string;
  /** The start of the error message: where the value stands, e.g. `row 12, 2023:`. */
  place: string;
  /** The text the error quotes. */
  quoted: string;
}

/**
 * Adds a value with its flags spelled out as the note, or records a BAD_NUMBER error when it is
 * not a number; says whether it was added.
 */
export function addEurostatValue(
  builder: ResultBuilder,
  record: CsvRecord,
  cell: EurostatValue,
): boolean {
  const value = parseNumber(cell.number);
  if (value === null) {
    builder.fail(
      record.line,
      cell.field,
      'BAD_NUMBER',
      `${cell.place} "${cell.quoted}" is not a number`,
    );
    return false;
  }
  const { regionCode, indicatorCode, period } = cell;
  const note = noteOfFlags(cell.flags);
  builder.add(
    { line: record.line, regionCode, indicatorCode, period, value, note, excerpt: record.raw },
    cell.field,
  );
  return true;
}
