import { observationColumns, Prisma, type PrismaClient } from '@atlas/db';
import type { ObservationRow } from './observation-row.js';
import type { PeriodRange } from './period.js';

// The stored columns by name, for the raw SQL below (which Prisma's select cannot express).
const selectedColumns = Prisma.raw(
  Object.keys(observationColumns)
    .map((column) => `"${column}"`)
    .join(', '),
);

/**
 * The range's first and last period starts as calendar days in text, so that the server's time
 * zone cannot shift them; null where the range is open.
 */
function rangeDays(range: PeriodRange): [string | null, string | null] {
  const day = (date: Date | undefined) => date?.toISOString().slice(0, 10) ?? null;
  return [day(range.startFrom), day(range.startTo)];
}

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
  const [from, to] = rangeDays(range);
  return prisma.$queryRaw<ObservationRow[]>(Prisma.sql`
    SELECT ${selectedColumns}
    FROM "Observation"
    WHERE "indicatorId" = ANY(${[...indicatorIds]})
      AND "regionId" = ANY(${[...regionIds]})
      AND (${from}::date IS NULL OR "periodStart" >= ${from}::date)
      AND (${to}::date IS NULL OR "periodStart" <= ${to}::date)
    ORDER BY "periodStart", "period"`);
}

/**
 * The most recent observation of every indicator × region pair that has one, within the
 * range when one is given.
 */
export function findLatestObservations(
  prisma: PrismaClient,
  indicatorIds: readonly number[],
  regionIds: readonly number[],
  { includeProjections, range = {} }: { includeProjections: boolean; range?: PeriodRange },
): Promise<ObservationRow[]> {
  const [from, to] = rangeDays(range);
  return prisma.$queryRaw<ObservationRow[]>(Prisma.sql`
    SELECT DISTINCT ON ("indicatorId", "regionId") ${selectedColumns}
    FROM "Observation"
    WHERE "indicatorId" = ANY(${[...indicatorIds]})
      AND "regionId" = ANY(${[...regionIds]})
      AND (${includeProjections} OR "status" <> 'PROJECTION')
      AND (${from}::date IS NULL OR "periodStart" >= ${from}::date)
      AND (${to}::date IS NULL OR "periodStart" <= ${to}::date)
    ORDER BY "indicatorId", "regionId", "periodStart" DESC, "period" DESC`);
}

/** Key of an indicator × region pair, for grouping observations. */
export function pairKey(indicatorId: number, regionId: number): string {
  return `${indicatorId}:${regionId}`;
}
