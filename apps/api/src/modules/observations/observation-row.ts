import type { Observation, observationColumns } from '@atlas/db';

/** The columns of an observation that the GraphQL layer reads; raw SQL queries select exactly these. */
export type StoredColumns = Pick<Observation, keyof typeof observationColumns>;

/**
 * A stored observation, or a value computed for an aggregate region from its members'
 * observations (then `computedFrom` lists them and there is no source).
 */
export type ObservationRow = StoredColumns & { computedFrom?: ObservationRow[] };

/** The distinct sources that the rows cite. */
export function sourceIdsOf(rows: readonly ObservationRow[]): number[] {
  return [...new Set(rows.flatMap((row) => (row.sourceId === null ? [] : [row.sourceId])))];
}
