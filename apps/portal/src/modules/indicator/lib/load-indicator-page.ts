import 'server-only';
import { cache } from 'react';
import { cacheTags, populationIndicator } from '@atlas/domain';
import type { ChartSeries } from '@/components/charts/line-chart-geometry';
import { graphql } from '@/gql';
import type { FigureFieldsFragment, IndicatorPageQuery as IndicatorPageData } from '@/gql/graphql';
import { requestApi } from '@/lib/api/client';
import { tableRows } from './table-rows';
import type { ViewState } from './view-state';

const IndicatorPageQuery = graphql(`
  query IndicatorPage(
    $code: String!
    $regions: [String!]!
    $perCapita: Boolean!
    $period: String
    $withMap: Boolean!
  ) {
    indicator(code: $code) {
      code
      name
      unit
      description
      glossaryTerms {
        slug
        term
        definition
      }
      methodology
      higherIsBetter
      lastUpdated
      coverage {
        regionCount
        countryCount
        periodCount
        firstPeriod
        lastPeriod
      }
      pillar {
        code
        name
      }
      sources {
        ...SourceFields
      }
      articles {
        ...ArticleCardFields
      }
      perCapitaAvailable
      measuredRegions {
        code
        name
        kind
      }
      chart(regions: $regions, perCapita: $perCapita) {
        regions {
          code
        }
        perCapita
        unit
        series {
          region {
            code
            name
          }
          points {
            ...FigureFields
          }
        }
        sources {
          ...SourceFields
        }
      }
      map(period: $period, perCapita: $perCapita) @include(if: $withMap) {
        periods
        period
        entries {
          rank
          observation {
            ...FigureFields
          }
        }
        sources {
          ...SourceFields
        }
      }
    }
  }
`);

type IndicatorPageIndicator = NonNullable<IndicatorPageData['indicator']>;
export type IndicatorDetail = Omit<
  IndicatorPageIndicator,
  'perCapitaAvailable' | 'measuredRegions' | 'chart' | 'map'
>;
export type RegionChoice = IndicatorPageIndicator['measuredRegions'][number];
type MapAnswer = NonNullable<IndicatorPageIndicator['map']>;

/** What an indicator page shows for one view state: the same rows feed the chart, table and CSV. */
export interface IndicatorView {
  indicator: IndicatorDetail;
  /** The state as shown: the regions and measure the API settled on. */
  state: ViewState;
  /** Regions with at least one measured value of this indicator, countries first. */
  choices: RegionChoice[];
  unit: string;
  perCapitaAvailable: boolean;
  series: ChartSeries[];
  sources: IndicatorPageIndicator['sources'];
}

export interface MapData {
  /** Periods with measured values for countries, newest first. */
  periods: string[];
  period: string;
  /** Countries with a value in the period, best first, ranked. */
  ranked: (FigureFieldsFragment & { rank: number })[];
  sources: MapAnswer['sources'];
}

export interface ShownData {
  view: IndicatorView;
  map: MapData | null;
  /** Exactly the values the current view shows, in the order it shows them. */
  rows: FigureFieldsFragment[];
}

// Keyed by the state's text so that the page and its metadata share one request.
const requestIndicatorPage = cache(async (code: string, stateKey: string) => {
  const state = JSON.parse(stateKey) as ViewState;
  const perCapita = state.measure === 'per-capita';
  const data = await requestApi(
    IndicatorPageQuery,
    {
      code,
      regions: state.regions,
      perCapita,
      period: state.period ?? null,
      withMap: state.view === 'map',
    },
    {
      tags: [
        cacheTags.indicator(code),
        // Per-person values change with the population they are divided by.
        ...(perCapita ? [cacheTags.indicator(populationIndicator)] : []),
        cacheTags.catalogue,
        cacheTags.regions,
        // The list of articles that use the indicator, and the terms its description marks.
        cacheTags.articles,
        cacheTags.glossary,
      ],
    },
  );
  return data.indicator;
});

/**
 * Everything an indicator page shows for a view state, in one request: the API picks the regions
 * (those asked for that have values, else the leading ones), divides per person and ranks the map.
 */
export async function loadShownData(code: string, requested: ViewState): Promise<ShownData | null> {
  const answer = await requestIndicatorPage(code, JSON.stringify(requested));
  if (!answer) return null;
  const { perCapitaAvailable, measuredRegions, chart, map: mapAnswer, ...indicator } = answer;
  const state: ViewState = {
    ...requested,
    regions: chart.regions.map((region) => region.code),
    measure: chart.perCapita ? 'per-capita' : 'absolute',
  };
  const series = chart.series.map((item) => ({
    id: item.region.code,
    label: item.region.name,
    points: item.points,
  }));
  const view: IndicatorView = {
    indicator,
    state,
    choices: measuredRegions,
    unit: chart.unit,
    perCapitaAvailable,
    series,
    sources: chart.sources,
  };
  if (state.view !== 'map') {
    const rows = tableRows(
      series.flatMap((item) => item.points),
      state.regions,
    );
    return { view, map: null, rows };
  }
  const map = mapAnswer
    ? {
        periods: mapAnswer.periods,
        period: mapAnswer.period,
        ranked: mapAnswer.entries.map((entry) => ({ ...entry.observation, rank: entry.rank })),
        sources: mapAnswer.sources,
      }
    : null;
  return { view, map, rows: map?.ranked ?? [] };
}

/** The indicator of a page, from the same request as the page itself. */
export async function loadIndicatorDetail(
  code: string,
  requested: ViewState,
): Promise<IndicatorDetail | null> {
  return (await loadShownData(code, requested))?.view.indicator ?? null;
}
