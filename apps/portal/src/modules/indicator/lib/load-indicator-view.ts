import 'server-only';
import type { ChartSeries } from '@/components/charts/line-chart-geometry';
import type { FigureFieldsFragment, RegionKind, SourceFieldsFragment } from '@/gql/graphql';
import { getIndicator, listRegions } from '@/lib/api/catalogue';
import { getLatest, getRanking, getSeries } from '@/lib/api/observations';
import { uniqueSources } from '@/lib/sources';
import { indexPopulation, perCapita, perCapitaUnit, populationIndicator } from './per-capita';
import type { ViewState } from './view-state';

export type IndicatorDetail = NonNullable<Awaited<ReturnType<typeof getIndicator>>>;

export interface RegionChoice {
  code: string;
  name: string;
  kind: RegionKind;
}

/** What an indicator page shows for one view state: the same rows feed the chart, table and CSV. */
export interface IndicatorView {
  indicator: IndicatorDetail;
  state: ViewState;
  /** Regions with at least one value of this indicator, countries first. */
  choices: RegionChoice[];
  unit: string;
  perCapitaAvailable: boolean;
  rows: FigureFieldsFragment[];
  series: ChartSeries[];
  sources: SourceFieldsFragment[];
}

const defaultRegionCount = 5;
const kindOrder: RegionKind[] = ['COUNTRY', 'WORLD', 'AGGREGATE', 'SUBNATIONAL'];

/** The leading countries; indicators measured only for the world or aggregates show those. */
async function defaultRegions(code: string): Promise<string[]> {
  for (const regionKinds of [['COUNTRY'], ['WORLD', 'AGGREGATE']] as RegionKind[][]) {
    const ranking = await getRanking(code, { limit: defaultRegionCount, regionKinds });
    if (ranking.entries.length > 0) {
      return ranking.entries
        .slice(0, defaultRegionCount)
        .map((entry) => entry.observation.region.code);
    }
  }
  return [];
}

export async function loadIndicatorView(
  code: string,
  requested: ViewState,
): Promise<IndicatorView | null> {
  const [indicator, regions] = await Promise.all([getIndicator(code), listRegions()]);
  if (!indicator) return null;

  const latest = await getLatest(
    [indicator.code],
    regions.map((region) => region.code),
  );
  const withData = new Set(latest.map((figure) => figure.region.code));
  const choices = regions
    .filter((region) => withData.has(region.code))
    .sort(
      (a, b) =>
        kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.name.localeCompare(b.name),
    );

  const chosen = requested.regions.filter((region) => withData.has(region));
  const selected = chosen.length > 0 ? chosen : await defaultRegions(indicator.code);
  const perCapitaAvailable = indicator.additive && indicator.code !== populationIndicator;
  const state: ViewState = {
    ...requested,
    regions: selected,
    measure: perCapitaAvailable ? requested.measure : 'absolute',
  };

  const found = selected.length > 0 ? await getSeries([indicator.code], selected) : [];
  let rows = found.flatMap((series) => series.points);
  let unit = indicator.unit;
  let sources = uniqueSources(rows);
  if (state.measure === 'per-capita') {
    const population = (await getSeries([populationIndicator], selected)).flatMap(
      (series) => series.points,
    );
    rows = perCapita(rows, indexPopulation(population));
    unit = perCapitaUnit(indicator.unit);
    sources = uniqueSources([...rows, ...population]);
  }

  const series = found.map((item) => ({
    id: item.region.code,
    label: item.region.name,
    points: rows.filter((row) => row.region.code === item.region.code),
  }));
  return { indicator, state, choices, unit, perCapitaAvailable, rows, series, sources };
}
