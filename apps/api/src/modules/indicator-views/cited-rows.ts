import type { Region, Source } from '@atlas/db';
import type { Catalogue } from '../../catalogue/catalogue-cache.js';
import { sourceIdsOf, type ObservationRow } from '../observations/observation-row.js';

/** The rows grouped by region in the order of `regions`, each group in its own order. */
export function inRegionOrder<T extends { regionId: number }>(
  rows: readonly T[],
  regions: readonly Region[],
): T[] {
  return regions.flatMap((region) => rows.filter((row) => row.regionId === region.id));
}

/** The sources the rows cite, in order of first citation. */
export function citedSources(catalogue: Catalogue, rows: readonly ObservationRow[]): Source[] {
  return sourceIdsOf(rows).flatMap((id) => catalogue.sourcesById.get(id) ?? []);
}
