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

/** Observations of the given indicators and regions in a period range, oldest first. */
export function findObservationsInRange(
  prisma: PrismaClient,
  indicatorIds: readonly number[],
  regionIds: readonly number[],
  range: PeriodRange,
): Promise<ObservationRow[]> {
  return prisma.observation.findMany({
    where: {
      indicatorId: { in: [...indicatorIds] },
      regionId: { in: [...regionIds] },
      periodStart: { gte: range.startFrom, lte: range.startTo },
    },
    orderBy: [{ periodStart: 'asc' }, { period: 'asc' }],
    select: observationColumns,
  });
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
