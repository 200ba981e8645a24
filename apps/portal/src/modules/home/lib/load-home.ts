import 'server-only';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import { requestApi } from '@/lib/api/client';
import { headlineIndicators, leadersIndicator, mappableIndicators } from './headlines';

const HomeQuery = graphql(`
  query Home($headlines: [String!]!, $leaders: String!, $map: String!) {
    headlines: latest(indicators: $headlines, regions: ["WLD"], computeAggregates: false) {
      ...FigureFields
      yearOnYear {
        previousPeriod
        rate
      }
    }
    leaders: ranking(indicator: $leaders, limit: 8) {
      indicator {
        code
        name
        unit
        higherIsBetter
      }
      entries {
        rank
        observation {
          ...FigureFields
        }
      }
    }
    computingPowerIndex(limit: 8) {
      period
      entries {
        rank
        score
        region {
          code
          name
        }
      }
    }
    articles(first: 6) {
      ...ArticleCardFields
    }
    mapIndicator: indicator(code: $map) {
      code
      name
      unit
      map {
        period
        entries {
          rank
          observation {
            ...FigureFields
          }
        }
      }
    }
    indicators {
      code
      name
    }
  }
`);

/**
 * Everything the home page shows, in one request: the world's headline figures with their
 * growth over a year, the map of the chosen indicator (the first mappable one unless the reader
 * picked another), the leaders, the top of the index and the latest articles.
 */
export async function loadHome(requestedMap: string | string[] | undefined) {
  const mapCode = mappableIndicators.find((code) => code === requestedMap) ?? mappableIndicators[0];
  const data = await requestApi(
    HomeQuery,
    {
      headlines: headlineIndicators.map((item) => item.code),
      leaders: leadersIndicator,
      map: mapCode,
    },
    {
      tags: [
        // The index combines every indicator.
        cacheTags.anyIndicator,
        cacheTags.catalogue,
        cacheTags.regions,
        cacheTags.articles,
      ],
    },
  );
  const figures = headlineIndicators.flatMap((item) => {
    const found = data.headlines.find((candidate) => candidate.indicator.code === item.code);
    if (!found) return [];
    const { yearOnYear, ...figure } = found;
    const growth =
      item.yearOnYear && yearOnYear.rate !== null
        ? { relativeChange: yearOnYear.rate, since: yearOnYear.previousPeriod }
        : null;
    return [{ item, figure, growth }];
  });
  const { mapIndicator } = data;
  const map = mapIndicator?.map
    ? {
        period: mapIndicator.map.period,
        ranked: mapIndicator.map.entries.map((entry) => ({
          ...entry.observation,
          rank: entry.rank,
        })),
      }
    : null;
  return {
    figures,
    map,
    mapIndicator,
    leaders: data.leaders,
    index: data.computingPowerIndex,
    articles: data.articles,
    indicatorNames: new Map(data.indicators.map((indicator) => [indicator.code, indicator.name])),
  };
}
