import type { Indicator, Region } from '@atlas/db';
import type { ObservationRow } from './observation-row.js';

/** One indicator × region series as the resolvers build it. */
export interface SeriesRow {
  indicator: Indicator;
  region: Region;
  /** The observations in the requested range, oldest first. */
  points: ObservationRow[];
  /** The same, reaching one year further back, for comparisons with the previous year. */
  history: ObservationRow[];
}
