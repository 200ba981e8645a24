import 'server-only';
import { cache } from 'react';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import { ApiError, requestApi } from '@/lib/api/client';

const RankingsPageQuery = graphql(`
  query RankingsPage($indicator: String!, $period: String) {
    pillars {
      code
      name
      indicators {
        code
        name
        periods
      }
    }
    ranking(indicator: $indicator, period: $period) {
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
        observation {
          ...FigureFields
        }
      }
    }
  }
`);

/**
 * The indicators to choose from (with their periods) and the ranking of countries by one of them,
 * in one request; null when no indicator has the code.
 */
export const loadRankingsPage = cache(async (indicator: string, period: string | null) => {
  try {
    return await requestApi(
      RankingsPageQuery,
      { indicator, period },
      // The choices list every indicator's periods, so any import or catalogue change may alter them.
      { tags: [cacheTags.anyIndicator, cacheTags.catalogue, cacheTags.regions] },
    );
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
});
