import { parse } from 'csv-parse/sync';
import type { ImportRowError } from '@atlas/domain';

export const requiredColumns = ['region_code', 'indicator_code', 'period', 'value'] as const;
export const optionalColumns = ['status', 'source_key', 'note'] as const;

type Column = (typeof requiredColumns)[number] | (typeof optionalColumns)[number];

/** One data line of an import file, fields trimmed; empty optional fields are null. */
export interface CsvObservationRow {
  line: number;
  regionCode: string;
  indicatorCode: string;
  period: string;
  value: string;
  status: string | null;
  sourceKey: string | null;
  note: string | null;
}

export interface ParsedObservationCsv {
  rows: CsvObservationRow[];
  /** Problems found while reading: header, quoting, field counts. */
  errors: ImportRowError[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

interface NumberedRecord {
  record: string[];
  line: number;
}

const parseOptions = { bom: true, relax_column_count: true, skip_empty_lines: true };

/**
 * The records of the file with the line each starts on. Without a double quote no field can
 * span lines, so every non-empty line is one record and the line numbers come from a plain
 * scan; csv-parse's per-record info, which halves its speed, is needed only otherwise.
 */
function readRecords(text: string): NumberedRecord[] {
  if (!text.includes('"')) {
    const records = parse(text, parseOptions) as string[][];
    const lineNumbers: number[] = [];
    text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\n|\r/)
      .forEach((line, index) => {
        if (line !== '') lineNumbers.push(index + 1);
      });
    if (lineNumbers.length === records.length) {
      return records.map((record, index) => ({ record, line: lineNumbers[index] ?? 0 }));
    }
  }
  const records = parse(text, { ...parseOptions, info: true }) as unknown as ParsedRecord[];
  return records.map((entry) => ({ record: entry.record, line: startLine(entry) }));
}

const knownColumns = new Set<string>([...requiredColumns, ...optionalColumns]);

/** Splits a CSV file of observations into rows that keep their line numbers. */
export function parseObservationCsv(text: string): ParsedObservationCsv {
  let records: NumberedRecord[];
  try {
    records = readRecords(text);
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      errors: [{ line, code: 'MALFORMED_CSV', message: (error as Error).message }],
    };
  }
  const [header, ...data] = records;
  if (!header) {
    return { rows: [], errors: [{ line: 1, code: 'EMPTY_FILE', message: 'the file is empty' }] };
  }
  const headerLine = header.line;
  const columns = header.record.map((name) => name.trim().toLowerCase());
  const errors: ImportRowError[] = [];
  for (const name of columns) {
    if (!knownColumns.has(name)) {
      errors.push({
        line: headerLine,
        code: 'UNKNOWN_COLUMN',
        message: `unknown column "${name}" (expected ${[...requiredColumns, ...optionalColumns].join(', ')})`,
      });
    }
  }
  for (const name of requiredColumns) {
    if (!columns.includes(name)) {
      errors.push({
        line: headerLine,
        code: 'MISSING_COLUMN',
        message: `missing column "${name}"`,
      });
    }
  }
  if (errors.length > 0) return { rows: [], errors };
  if (data.length === 0) {
    return {
      rows: [],
      errors: [
        { line: headerLine, code: 'EMPTY_FILE', message: 'the file has a header but no rows' },
      ],
    };
  }

  const indexOf = (name: Column) => columns.indexOf(name);
  const index = {
    region: indexOf('region_code'),
    indicator: indexOf('indicator_code'),
    period: indexOf('period'),
    value: indexOf('value'),
    status: indexOf('status'),
    source: indexOf('source_key'),
    note: indexOf('note'),
  };
  const field = (record: string[], at: number) => (at < 0 ? '' : (record[at] ?? '').trim());
  const optional = (record: string[], at: number) => field(record, at) || null;

  const rows: CsvObservationRow[] = [];
  for (const entry of data) {
    const { line } = entry;
    if (entry.record.length !== columns.length) {
      errors.push({
        line,
        code: 'WRONG_FIELD_COUNT',
        message: `expected ${columns.length} fields, found ${entry.record.length}`,
      });
      continue;
    }
    rows.push({
      line,
      regionCode: field(entry.record, index.region),
      indicatorCode: field(entry.record, index.indicator),
      period: field(entry.record, index.period),
      value: field(entry.record, index.value),
      status: optional(entry.record, index.status),
      sourceKey: optional(entry.record, index.source),
      note: optional(entry.record, index.note),
    });
  }
  return { rows, errors };
}

// csv-parse reports the line a record ends on; quoted fields may span several lines.
function startLine({ record, info }: ParsedRecord): number {
  let breaks = 0;
  for (const value of record) {
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) breaks += 1;
  }
  return info.lines - breaks;
}
