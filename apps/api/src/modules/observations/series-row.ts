import type { Indicator, Region } from '@atlas/db';
import type { ObservationRow } from './observation-row.js';

/** One indicator × region series as the resolvers build it. */
export interface SeriesRow {
  indicator: Indicator;
  region: Region;
  points: ObservationRow[];
}
