import 'server-only';
import { graphql } from '@/gql';
import { requestApi } from '@/lib/api/client';
import type { IndexNormalisation } from '@/gql/graphql';
import { indexCacheTags } from '@/lib/api/computing-power-index';

/** The page's one request; the "Query this data" panel shows it as it is sent. */
export const IndexPageQuery = graphql(`
  query IndexPage(
    $period: String
    $weights: IndexWeightsInput
    $normalisation: IndexNormalisation!
    $limit: Int
  ) {
    computingPowerIndex(
      period: $period
      weights: $weights
      normalisation: $normalisation
      limit: $limit
    ) {
      ...IndexFields
    }
    pillars {
      ...PillarFields
    }
  }
`);

export interface IndexRequest {
  period?: string;
  pillarWeights?: Record<string, number>;
  normalisation?: IndexNormalisation;
  limit?: number;
}

/** The variables of an index request: the default weights, or the given pillar weights. */
export function indexVariables(request: IndexRequest) {
  const pillars = Object.entries(request.pillarWeights ?? {}).map(([pillar, weight]) => ({
    pillar,
    weight,
  }));
  return {
    period: request.period ?? null,
    weights: pillars.length > 0 ? { pillars } : null,
    normalisation: request.normalisation ?? 'MIN_MAX',
    limit: request.limit ?? null,
  };
}

/** The index for the reader's weights and the pillars whose weights they can change, in one request. */
export async function loadIndexPage(request: IndexRequest) {
  const data = await requestApi(IndexPageQuery, indexVariables(request), { tags: indexCacheTags });
  return { index: data.computingPowerIndex, pillars: data.pillars };
}
