import { parsePeriod, periodSyntax, type ImportRowError, type PeriodType } from '@atlas/domain';
import type { CsvObservationRow } from './observation-csv.js';

export type ObservationStatus = 'PROVISIONAL' | 'FINAL' | 'PROJECTION';

/** Ids of the codes an import file may name. */
export interface ImportReferences {
  regionIds: ReadonlyMap<string, number>;
  indicatorIds: ReadonlyMap<string, number>;
  sourceIds: ReadonlyMap<string, number>;
}

/** A row that passed validation, resolved to database ids. Null optional fields keep the stored value. */
export interface ValidImportRow {
  line: number;
  regionId: number;
  indicatorId: number;
  period: string;
  periodType: PeriodType;
  periodStart: string;
  value: number;
  status: ObservationStatus | null;
  sourceId: number | null;
  note: string | null;
}

const numberPattern = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const statuses = new Set<string>(['PROVISIONAL', 'FINAL', 'PROJECTION']);

/** Checks every row against the references and the rows before it; reports each problem with its line. */
export function validateImportRows(
  rows: readonly CsvObservationRow[],
  references: ImportReferences,
): { valid: ValidImportRow[]; errors: ImportRowError[] } {
  const valid: ValidImportRow[] = [];
  const errors: ImportRowError[] = [];
  const firstLineOfKey = new Map<string, number>();

  for (const row of rows) {
    const rowErrors: ImportRowError[] = [];
    const fail = (code: ImportRowError['code'], message: string) =>
      rowErrors.push({ line: row.line, code, message });

    const regionId = references.regionIds.get(row.regionCode);
    if (regionId === undefined) fail('UNKNOWN_REGION', `unknown region "${row.regionCode}"`);
    const indicatorId = references.indicatorIds.get(row.indicatorCode);
    if (indicatorId === undefined)
      fail('UNKNOWN_INDICATOR', `unknown indicator "${row.indicatorCode}"`);
    const period = parsePeriod(row.period);
    if (!period) fail('BAD_PERIOD', `bad period "${row.period}" (expected ${periodSyntax})`);
    const value = numberPattern.test(row.value) ? Number(row.value) : Number.NaN;
    if (!Number.isFinite(value)) fail('BAD_NUMBER', `bad number "${row.value}"`);

    let status: ObservationStatus | null = null;
    if (row.status !== null) {
      const upper = row.status.toUpperCase();
      if (statuses.has(upper)) status = upper as ObservationStatus;
      else
        fail(
          'BAD_STATUS',
          `bad status "${row.status}" (expected provisional, final or projection)`,
        );
    }
    let sourceId: number | null = null;
    if (row.sourceKey !== null) {
      sourceId = references.sourceIds.get(row.sourceKey) ?? null;
      if (sourceId === null) fail('UNKNOWN_SOURCE', `unknown source "${row.sourceKey}"`);
    }

    const key = `${row.regionCode}\u0000${row.indicatorCode}\u0000${row.period}`;
    const firstLine = firstLineOfKey.get(key);
    if (firstLine === undefined) firstLineOfKey.set(key, row.line);
    else {
      fail(
        'DUPLICATE_ROW',
        `duplicate of line ${firstLine} (${row.regionCode}, ${row.indicatorCode}, ${row.period})`,
      );
    }

    if (rowErrors.length > 0 || regionId === undefined || indicatorId === undefined || !period) {
      errors.push(...rowErrors);
      continue;
    }
    valid.push({
      line: row.line,
      regionId,
      indicatorId,
      period: period.text,
      periodType: period.type,
      periodStart: period.start.toISOString().slice(0, 10),
      value,
      status,
      sourceId,
      note: row.note,
    });
  }
  return { valid, errors };
}
