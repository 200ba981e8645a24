import { Prisma } from '../generated/prisma/client.ts';
import type { ObservationStatus, PeriodType } from '../generated/prisma/enums.ts';

export interface NewObservation {
  indicatorId: number;
  regionId: number;
  period: string;
  periodType: PeriodType;
  periodStart: Date;
  value: number;
  status: ObservationStatus;
  note: string | null;
  sourceId: number;
}

/**
 * Inserts observations with one statement per call: each column travels as one array parameter
 * and `unnest` turns the arrays back into rows. (Prisma's createMany takes seconds for the seed's
 * few thousand rows.) A row whose indicator, region and period already exist is skipped.
 */
export async function insertObservations(
  tx: Prisma.TransactionClient,
  rows: readonly NewObservation[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const column = <T>(pick: (row: NewObservation) => T) => rows.map(pick);
  return tx.$executeRaw`
    insert into "Observation"
      ("indicatorId", "regionId", "period", "periodType", "periodStart", "value", "status", "note", "sourceId", "updatedAt")
    select *, now() from unnest(
      ${column((row) => row.indicatorId)}::int[],
      ${column((row) => row.regionId)}::int[],
      ${column((row) => row.period)}::text[],
      ${column((row) => row.periodType)}::text[]::"PeriodType"[],
      ${column((row) => row.periodStart.toISOString().slice(0, 10))}::text[]::date[],
      ${column((row) => row.value)}::float8[],
      ${column((row) => row.status)}::text[]::"ObservationStatus"[],
      ${column((row) => row.note)}::text[],
      ${column((row) => row.sourceId)}::int[]
    )
    on conflict ("indicatorId", "regionId", "period") do nothing`;
}
