import 'server-only';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import type { RegionKind } from '@/gql/graphql';
import { requestApi } from '@/lib/api/client';

const LatestQuery = graphql(`
  query Latest($indicators: [String!]!, $regions: [String!]!) {
    latest(indicators: $indicators, regions: $regions, computeAggregates: false) {
      ...FigureFields
    }
  }
`);

export const SeriesQuery = graphql(`
  query Series($indicators: [String!]!, $regions: [String!]!, $from: String, $to: String) {
    series(
      indicators: $indicators
      regions: $regions
      from: $from
      to: $to
      computeAggregates: false
    ) {
      indicator {
        code
        name
        unit
      }
      region {
        code
        name
      }
      points {
        ...FigureFields
      }
    }
  }
`);

// Pages show stored, cited values only: a sum over an aggregate's members can cover only some of
// them (the world as the sum of the few countries with a value), which a headline must not show.

function indicatorTags(indicators: string[]): string[] {
  return [...new Set(indicators)].map(cacheTags.indicator);
}

/** The latest measured value for each indicator × region that has one (projections left out). */
export async function getLatest(indicators: string[], regions: string[]) {
  const data = await requestApi(
    LatestQuery,
    { indicators, regions },
    { tags: [...indicatorTags(indicators), cacheTags.regions] },
  );
  return data.latest;
}

/** Time series for each indicator × region, oldest point first. */
export async function getSeries(
  indicators: string[],
  regions: string[],
  range: { from?: string; to?: string } = {},
) {
  const data = await requestApi(
    SeriesQuery,
    { indicators, regions, from: range.from ?? null, to: range.to ?? null },
    { tags: [...indicatorTags(indicators), cacheTags.regions] },
  );
  return data.series;
}

const RankingQuery = graphql(`
  query Ranking($indicator: String!, $period: String, $limit: Int, $regionKinds: [RegionKind!]!) {
    ranking(indicator: $indicator, period: $period, limit: $limit, regionKinds: $regionKinds) {
      indicator {
        code
        name
        unit
        higherIsBetter
      }
      period
      order
      entries {
        rank
        value
        observation {
          ...FigureFields
        }
      }
    }
  }
`);

/** Regions of the given kinds (countries by default) ranked by one indicator in one period, best first. */
export async function getRanking(
  indicator: string,
  options: { period?: string; limit?: number; regionKinds?: RegionKind[] } = {},
) {
  const data = await requestApi(
    RankingQuery,
    {
      indicator,
      period: options.period ?? null,
      limit: options.limit ?? null,
      regionKinds: options.regionKinds ?? ['COUNTRY'],
    },
    { tags: [cacheTags.indicator(indicator), cacheTags.regions] },
  );
  return data.ranking;
}
