import { Prisma, type PrismaClient } from '@atlas/db';
import type { ObservationRow, StoredColumns } from './observation-row.js';
import type { PeriodRange } from './period.js';

export const observationColumns = {
  indicatorId: true,
  regionId: true,
  period: true,
  periodType: true,
  periodStart: true,
  value: true,
  status: true,
  note: true,
  sourceId: true,
} as const satisfies Record<keyof StoredColumns, true>;

/**
 * Observations of the given indicators and regions in a period range, oldest first. Raw SQL:
 * series read thousands of rows, which Prisma's result mapping would make markedly slower.
 */
export function findObservationsInRange(
  prisma: PrismaClient,
  indicatorIds: readonly number[],
  regionIds: readonly number[],
  range: PeriodRange,
): Promise<ObservationRow[]> {
  // Calendar days as text, so that the server's time zone cannot shift them.
  const day = (date: Date | undefined) => date?.toISOString().slice(0, 10) ?? null;
  const [from, to] = [day(range.startFrom), day(range.startTo)];
  return prisma.$queryRaw<ObservationRow[]>(Prisma.sql`
    SELECT "indicatorId", "regionId", "period", "periodType", "periodStart", "value", "status", "note", "sourceId"
    FROM "Observation"
    WHERE "indicatorId" = ANY(${[...indicatorIds]})
      AND "regionId" = ANY(${[...regionIds]})
      AND (${from}::date IS NULL OR "periodStart" >= ${from}::date)
      AND (${to}::date IS NULL OR "periodStart" <= ${to}::date)
    ORDER BY "periodStart", "period"`);
}

/** The most recent observation of every indicator × region pair that has one. */
export function findLatestObservations(
  prisma: PrismaClient,
  indicatorIds: readonly number[],
  regionIds: readonly number[],
  includeProjections: boolean,
): Promise<ObservationRow[]> {
  return prisma.$queryRaw<ObservationRow[]>(Prisma.sql`
    SELECT DISTINCT ON ("indicatorId", "regionId")
      "indicatorId", "regionId", "period", "periodType", "periodStart", "value", "status", "note", "sourceId"
    FROM "Observation"
    WHERE "indicatorId" = ANY(${[...indicatorIds]})
      AND "regionId" = ANY(${[...regionIds]})
      AND (${includeProjections} OR "status" <> 'PROJECTION')
    ORDER BY "indicatorId", "regionId", "periodStart" DESC, "period" DESC`);
}

/** Key of an indicator × region pair, for grouping observations. */
export function pairKey(indicatorId: number, regionId: number): string {
  return `${indicatorId}:${regionId}`;
}
