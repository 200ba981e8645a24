import 'server-only';
import { comparePeriods, competitionRank, rankOrderOf } from '@atlas/domain';
import type { FigureFieldsFragment } from '@/gql/graphql';
import { listRegions } from '@/lib/api/catalogue';
import { getSeries } from '@/lib/api/observations';
import { uniqueSources } from '@/lib/sources';
import type { IndicatorDetail } from './load-indicator-view';
import { indexPopulation, perCapita, populationIndicator } from './per-capita';
import type { Measure } from './view-state';

export interface MapData {
  /** Periods with measured values for countries, newest first. */
  periods: string[];
  period: string;
  /** Countries with a value in the period, best first, ranked. */
  ranked: (FigureFieldsFragment & { rank: number })[];
  sources: ReturnType<typeof uniqueSources>;
}

/** Every country's value of an indicator in one period (the newest by default), ranked. */
export async function loadMapData(
  indicator: IndicatorDetail,
  requestedPeriod: string | undefined,
  measure: Measure,
): Promise<MapData | null> {
  const countries = (await listRegions('COUNTRY')).map((region) => region.code);
  const measured = (await getSeries([indicator.code], countries))
    .flatMap((series) => series.points)
    .filter((point) => point.status !== 'PROJECTION');
  const periods = [...new Set(measured.map((point) => point.period))]
    .sort(comparePeriods)
    .reverse();
  const period =
    requestedPeriod && periods.includes(requestedPeriod) ? requestedPeriod : periods[0];
  if (!period) return null;

  let figures = measured.filter((point) => point.period === period);
  let sources = uniqueSources(figures);
  if (measure === 'per-capita') {
    const year = period.slice(0, 4);
    const regions = figures.map((figure) => figure.region.code);
    const population = (
      await getSeries([populationIndicator], regions, { from: year, to: year })
    ).flatMap((series) => series.points);
    figures = perCapita(figures, indexPopulation(population));
    sources = uniqueSources([...figures, ...population]);
  }
  const ranked = competitionRank(
    figures,
    (figure) => figure.value,
    rankOrderOf(indicator),
    (a, b) => a.region.name.localeCompare(b.region.name),
  ).map(({ rank, item }) => ({ ...item, rank }));
  return { periods, period, ranked, sources };
}
