import { observationColumns, type Prisma, type PrismaClient } from '@atlas/db';
import { badUserInput } from '../../errors.js';
import type { ObservationRow } from './observation-row.js';

/** The largest page `observations` serves; documented in the schema. */
export const maxObservationPageSize = 1000;

export type StoredObservationRow = ObservationRow & { id: number };

/** A page as the resolvers of ObservationConnection read it. */
export interface ObservationPage {
  rows: StoredObservationRow[];
  hasNextPage: boolean;
  /** The filter without the cursor condition, for totalCount. */
  where: Prisma.ObservationWhereInput;
}

// The list order, and the position a cursor records: indicator, region, period start, id.
type Position = [indicatorId: number, regionId: number, periodStart: string, id: number];

export function encodeCursor(row: StoredObservationRow): string {
  const position: Position = [row.indicatorId, row.regionId, row.periodStart.toISOString(), row.id];
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  const invalid = () =>
    badUserInput(
      'after must be a cursor returned by this API (edges.cursor or pageInfo.endCursor)',
      'after',
    );
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(position) ||
    position.length !== 4 ||
    !Number.isInteger(position[0]) ||
    !Number.isInteger(position[1]) ||
    typeof position[2] !== 'string' ||
    Number.isNaN(Date.parse(position[2])) ||
    !Number.isInteger(position[3])
  ) {
    throw invalid();
  }
  return position as Position;
}

/** Rows strictly after a position in the list order. */
function after([
  indicatorId,
  regionId,
  periodStartText,
  id,
]: Position): Prisma.ObservationWhereInput {
  const periodStart = new Date(periodStartText);
  return {
    OR: [
      { indicatorId: { gt: indicatorId } },
      { indicatorId, regionId: { gt: regionId } },
      { indicatorId, regionId, periodStart: { gt: periodStart } },
      { indicatorId, regionId, periodStart, id: { gt: id } },
    ],
  };
}

export async function findObservationPage(
  prisma: PrismaClient,
  where: Prisma.ObservationWhereInput,
  first: number,
  afterCursor: string | null,
): Promise<ObservationPage> {
  if (!Number.isInteger(first) || first < 1 || first > maxObservationPageSize) {
    throw badUserInput(
      `first must be between 1 and ${maxObservationPageSize}, got ${first}`,
      'first',
    );
  }
  const rows = await prisma.observation.findMany({
    where: afterCursor === null ? where : { AND: [where, after(decodeCursor(afterCursor))] },
    orderBy: [{ indicatorId: 'asc' }, { regionId: 'asc' }, { periodStart: 'asc' }, { id: 'asc' }],
    select: { ...observationColumns, id: true },
    // One more than asked tells whether another page follows.
    take: first + 1,
  });
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first, where };
}
