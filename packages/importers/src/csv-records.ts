import { parse } from 'csv-parse/sync';
import { failure } from './import-result.ts';
import type { ReadLimits } from './import-file.ts';

/** One record of a delimited text file: its fields, the line it starts on and its text as read. */
export interface CsvRecord {
  fields: string[];
  line: number;
  raw: string;
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** The non-empty records of a CSV or TSV text, each with its line number and exact text. */
export function readCsvRecords(
  text: string,
  limits: ReadLimits,
  delimiter: ',' | '\t' = ',',
): CsvRecord[] {
  let parsed: ParsedRecord[];
  try {
    parsed = parse(text, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      to_line: limits.maxRows + 2,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    throw failure('MALFORMED_CSV', (error as Error).message, {
      line: (error as { lines?: number }).lines ?? 0,
    });
  }
  if (parsed.length > limits.maxRows + 1) {
    throw failure('TOO_MANY_ROWS', `the file has more than ${limits.maxRows} rows`);
  }
  return parsed.map(({ record, raw, info }) => {
    const text = raw.replace(/[\r\n]+$/, '');
    // csv-parse counts the line a record ends on; a quoted field may span lines.
    const breaks = text.split('\n').length - 1;
    return { fields: record, line: info.lines - breaks, raw: text };
  });
}
