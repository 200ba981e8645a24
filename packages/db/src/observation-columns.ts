import type { Prisma } from './generated/prisma/client.ts';

/**
 * The columns that make an observation what it is (everything but its id and timestamps): the
 * API reads exactly these, and the seed compares them to tell a changed value from a kept one.
 */
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
} as const satisfies Prisma.ObservationSelect;
