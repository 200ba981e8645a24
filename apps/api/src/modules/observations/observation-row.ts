import type { Observation } from '@atlas/db';

/** The columns of an observation that the GraphQL layer reads; raw SQL queries select exactly these. */
export type ObservationRow = Pick<
  Observation,
  | 'indicatorId'
  | 'regionId'
  | 'period'
  | 'periodType'
  | 'periodStart'
  | 'value'
  | 'status'
  | 'note'
  | 'sourceId'
>;
