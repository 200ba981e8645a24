import type { Indicator, PrismaClient, Source } from '@atlas/db';
import { comparePeriods, competitionRank, rankOrderOf } from '@atlas/domain';
import { regionsOfKinds, type Catalogue } from '../../catalogue/catalogue-cache.js';
import { findObservationsInRange } from '../observations/observation-store.js';
import { parsePeriodRange } from '../observations/period.js';
import type { RankingEntryRow } from '../rankings/rank-regions.js';
import { citedSources, inRegionOrder } from './cited-rows.js';
import { findPopulation } from './indicator-chart.js';
import { divideByPopulation, perCapitaAvailable, perCapitaUnit } from './per-capita.js';

export interface IndicatorMapRow {
  periods: string[];
  period: string;
  perCapita: boolean;
  unit: string;
  entries: RankingEntryRow[];
  sources: Source[];
}

/** Every country's measured value in one period (the newest by default), ranked; null when none has one. */
export async function indicatorMap(
  prisma: PrismaClient,
  catalogue: Catalogue,
  indicator: Indicator,
  asked: { period: string | null; perCapita: boolean },
): Promise<IndicatorMapRow | null> {
  const countries = regionsOfKinds(catalogue, ['COUNTRY']);
  const measured = inRegionOrder(
    await findObservationsInRange(
      prisma,
      [indicator.id],
      countries.map((country) => country.id),
      {},
    ),
    countries,
  ).filter((row) => row.status !== 'PROJECTION');
  const periods = [...new Set(measured.map((row) => row.period))].sort(comparePeriods).reverse();
  const period = asked.period && periods.includes(asked.period) ? asked.period : periods[0];
  if (!period) return null;

  const perCapita = asked.perCapita && perCapitaAvailable(indicator);
  const inPeriod = measured.filter((row) => row.period === period);
  const year = period.slice(0, 4);
  const population = perCapita
    ? await findPopulation(
        prisma,
        catalogue,
        countries.filter((country) => inPeriod.some((row) => row.regionId === country.id)),
        parsePeriodRange(year, year),
      )
    : [];
  const figures = perCapita ? divideByPopulation(inPeriod, population) : inPeriod;
  const nameOf = (regionId: number) => catalogue.regionsById.get(regionId)?.name ?? '';
  const entries = competitionRank(
    figures,
    (row) => row.value,
    rankOrderOf(indicator),
    (a, b) => nameOf(a.regionId).localeCompare(nameOf(b.regionId)),
  ).flatMap(({ rank, item }) => {
    const region = catalogue.regionsById.get(item.regionId);
    return region ? [{ rank, region, value: item.value, observation: item }] : [];
  });
  return {
    periods,
    period,
    perCapita,
    unit: perCapita ? perCapitaUnit(indicator.unit) : indicator.unit,
    entries,
    sources: citedSources(catalogue, [...figures, ...population]),
  };
}
