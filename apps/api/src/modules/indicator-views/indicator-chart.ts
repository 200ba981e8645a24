import type { Indicator, PrismaClient, Region, Source } from '@atlas/db';
import { populationIndicator } from '@atlas/domain';
import type { Catalogue } from '../../catalogue/catalogue-cache.js';
import type { ObservationRow } from '../observations/observation-row.js';
import { findObservationsInRange } from '../observations/observation-store.js';
import type { PeriodRange } from '../observations/period.js';
import type { SeriesRow } from '../observations/series-row.js';
import { citedSources, inRegionOrder } from './cited-rows.js';
import { divideByPopulation, perCapitaAvailable, perCapitaUnit } from './per-capita.js';
import { selectRegions } from './region-selection.js';

export interface IndicatorChartRow {
  regions: Region[];
  perCapita: boolean;
  unit: string;
  series: SeriesRow[];
  sources: Source[];
}

/** How many regions a chart shows when the reader chose none. */
export const defaultChartRegions = 5;

/** The stored populations of the regions in a period range, by region in their order, then period. */
export async function findPopulation(
  prisma: PrismaClient,
  catalogue: Catalogue,
  regions: readonly Region[],
  range: PeriodRange,
): Promise<ObservationRow[]> {
  const population = catalogue.indicatorsByCode.get(populationIndicator);
  if (!population || regions.length === 0) return [];
  const rows = await findObservationsInRange(
    prisma,
    [population.id],
    regions.map((region) => region.id),
    range,
  );
  return inRegionOrder(rows, regions);
}

/** The values of the selected regions, per person when asked and possible, with their sources. */
export async function indicatorChart(
  prisma: PrismaClient,
  catalogue: Catalogue,
  indicator: Indicator,
  asked: { regions: readonly string[]; perCapita: boolean },
): Promise<IndicatorChartRow> {
  const regions = await selectRegions(
    prisma,
    catalogue,
    indicator,
    asked.regions,
    defaultChartRegions,
  );
  const perCapita = asked.perCapita && perCapitaAvailable(indicator);
  const stored =
    regions.length === 0
      ? []
      : inRegionOrder(
          await findObservationsInRange(
            prisma,
            [indicator.id],
            regions.map((region) => region.id),
            {},
          ),
          regions,
        );
  const population = perCapita ? await findPopulation(prisma, catalogue, regions, {}) : [];
  const points = perCapita ? divideByPopulation(stored, population) : stored;
  return {
    regions,
    perCapita,
    unit: perCapita ? perCapitaUnit(indicator.unit) : indicator.unit,
    series: regions.map((region) => {
      const ofRegion = points.filter((row) => row.regionId === region.id);
      return { indicator, region, points: ofRegion, history: ofRegion };
    }),
    sources: citedSources(catalogue, [...points, ...population]),
  };
}
