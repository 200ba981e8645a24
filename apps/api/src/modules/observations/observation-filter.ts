import type { ObservationStatus, Prisma } from '@atlas/db';
import { assertAllFound, lookUpCodes } from '../../loaders/resolve-codes.js';
import type { Loaders } from '../../loaders/request-loaders.js';
import { parsePeriodRange } from './period.js';

/** Which stored observations to read; every part optional, all parts together (AND). */
export interface ObservationSelection {
  indicators?: readonly string[] | null;
  regions?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  status?: readonly ObservationStatus[] | null;
}

/**
 * The Prisma filter for a selection. Unknown codes are one NOT_FOUND error, malformed periods a
 * BAD_USER_INPUT error.
 */
export async function observationWhere(
  loaders: Loaders,
  selection: ObservationSelection,
): Promise<Prisma.ObservationWhereInput> {
  const range = parsePeriodRange(selection.from, selection.to);
  const [indicators, regions] = await Promise.all([
    selection.indicators ? lookUpCodes(loaders.indicators.byCode, selection.indicators) : null,
    selection.regions ? lookUpCodes(loaders.regions.byCode, selection.regions) : null,
  ]);
  assertAllFound({
    ...(indicators && { indicator: indicators }),
    ...(regions && { region: regions }),
  });
  return {
    ...(indicators && { indicatorId: { in: indicators.rows.map((row) => row.id) } }),
    ...(regions && { regionId: { in: regions.rows.map((row) => row.id) } }),
    ...(selection.status && { status: { in: [...selection.status] } }),
    periodStart: { gte: range.startFrom, lte: range.startTo },
  };
}
