import { arrayLiteral, type Prisma } from '@atlas/db';
import type { ValidImportRow } from './validate-import-rows.js';

type Transaction = Prisma.TransactionClient;

export type ImportRowKind = 'added' | 'changed' | 'unchanged';

export interface StagedChange {
  line: number;
  kind: Exclude<ImportRowKind, 'unchanged'>;
  previousValue: number | null;
  newValue: number;
}

/**
 * Loads the rows into a temporary table in one statement and classifies each against the
 * stored observation. The table lives until the end of the transaction.
 */
export async function stageImportRows(
  tx: Transaction,
  rows: readonly ValidImportRow[],
): Promise<void> {
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE import_row (
      line integer NOT NULL,
      indicator_id integer NOT NULL,
      region_id integer NOT NULL,
      period text NOT NULL,
      period_type "PeriodType" NOT NULL,
      period_start date NOT NULL,
      value double precision NOT NULL,
      status "ObservationStatus",
      source_id integer,
      note text,
      observation_id integer,
      previous_value double precision,
      previous_status "ObservationStatus",
      previous_source_id integer,
      previous_note text,
      kind text NOT NULL
    ) ON COMMIT DROP`);
  // One array per column, each sent as the text of a PostgreSQL array literal.
  const column = (pick: (row: ValidImportRow) => string | number | null) =>
    arrayLiteral(rows.map(pick));
  // Empty optional fields (null) keep what is stored, so they never count as a change.
  await tx.$executeRaw`
    INSERT INTO import_row
    SELECT r.line, r.indicator_id, r.region_id, r.period, r.period_type::"PeriodType",
           r.period_start::date, r.value, r.status::"ObservationStatus", r.source_id, r.note,
           o.id, o.value, o.status, o."sourceId", o.note,
           CASE
             WHEN o.id IS NULL THEN 'added'
             WHEN o.value = r.value
              AND o.status = COALESCE(r.status::"ObservationStatus", o.status)
              AND o."sourceId" IS NOT DISTINCT FROM COALESCE(r.source_id, o."sourceId")
              AND o.note IS NOT DISTINCT FROM COALESCE(r.note, o.note) THEN 'unchanged'
             ELSE 'changed'
           END
    FROM unnest(
      ${column((row) => row.line)}::integer[],
      ${column((row) => row.indicatorId)}::integer[],
      ${column((row) => row.regionId)}::integer[],
      ${column((row) => row.period)}::text[],
      ${column((row) => row.periodType)}::text[],
      ${column((row) => row.periodStart)}::text[],
      ${column((row) => row.value)}::double precision[],
      ${column((row) => row.status)}::text[],
      ${column((row) => row.sourceId)}::integer[],
      ${column((row) => row.note)}::text[]
    ) AS r(line, indicator_id, region_id, period, period_type, period_start, value, status, source_id, note)
    LEFT JOIN "Observation" o
      ON o."indicatorId" = r.indicator_id AND o."regionId" = r.region_id AND o.period = r.period`;
}

export async function countStagedRows(tx: Transaction): Promise<Record<ImportRowKind, number>> {
  const counts = await tx.$queryRaw<{ kind: ImportRowKind; count: number }[]>`
    SELECT kind, count(*)::integer AS count FROM import_row GROUP BY kind`;
  const result: Record<ImportRowKind, number> = { added: 0, changed: 0, unchanged: 0 };
  for (const { kind, count } of counts) result[kind] = count;
  return result;
}

/** The first rows that would add or change a value, in file order. */
export async function listStagedChanges(tx: Transaction, limit: number): Promise<StagedChange[]> {
  return tx.$queryRaw<StagedChange[]>`
    SELECT line, kind, previous_value AS "previousValue", value AS "newValue"
    FROM import_row WHERE kind <> 'unchanged' ORDER BY line LIMIT ${limit}`;
}

/**
 * Writes the staged rows in the caller's transaction: updates changed observations and
 * keeps their previous state (staged before the update) in the history, then adds new ones.
 * Updating before writing the history spares the history's foreign-key checks a row lock each.
 */
export async function applyStagedRows(
  tx: Transaction,
  batch: { id: number; changedById: number | null },
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Observation" o
    SET value = s.value,
        status = COALESCE(s.status, o.status),
        "sourceId" = COALESCE(s.source_id, o."sourceId"),
        note = COALESCE(s.note, o.note),
        "updatedAt" = now()
    FROM import_row s
    WHERE s.kind = 'changed' AND o.id = s.observation_id`;
  await tx.$executeRaw`
    INSERT INTO "ObservationChange"
      ("observationId", "previousValue", "newValue", "previousStatus", "previousSourceId",
       "previousNote", "changedById", "importBatchId")
    SELECT observation_id, previous_value, value, previous_status, previous_source_id,
           previous_note, ${batch.changedById}, ${batch.id}
    FROM import_row WHERE kind = 'changed'`;
  await tx.$executeRaw`
    INSERT INTO "Observation"
      ("indicatorId", "regionId", period, "periodType", "periodStart", value, status, note,
       "sourceId", "updatedAt")
    SELECT indicator_id, region_id, period, period_type, period_start, value,
           COALESCE(status, 'FINAL'), note, source_id, now()
    FROM import_row WHERE kind = 'added'`;
  await tx.$executeRaw`
    INSERT INTO "IndicatorSource" ("indicatorId", "sourceId")
    SELECT DISTINCT indicator_id, source_id FROM import_row
    WHERE source_id IS NOT NULL AND kind <> 'unchanged'
    ON CONFLICT DO NOTHING`;
}

/** Indicators whose observations the staged rows add or change. */
export async function listTouchedIndicatorIds(tx: Transaction): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT indicator_id AS id FROM import_row WHERE kind <> 'unchanged'`;
  return rows.map((row) => row.id);
}

/**
 * Imports are serialised against each other and against other observation writes, so
 * the previous values kept in the history are the ones actually replaced. Reads go on.
 */
export async function lockObservations(tx: Transaction): Promise<void> {
  await tx.$executeRawUnsafe('LOCK TABLE "Observation" IN SHARE ROW EXCLUSIVE MODE');
}
