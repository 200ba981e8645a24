import 'server-only';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import type { IndexNormalisation } from '@/gql/graphql';

export const IndexFieldsFragment = graphql(`
  fragment IndexFields on ComputingPowerIndex {
    period
    normalisation
    minCoverage
    weights {
      pillar {
        code
        name
      }
      weight
      share
      indicators {
        indicator {
          code
          name
        }
        weight
        share
        regionsCovered
      }
    }
    entries {
      rank
      score
      coverage
      region {
        code
        name
      }
      pillars {
        pillar {
          code
          name
        }
        score
        contribution
      }
    }
    excluded {
      region {
        code
        name
      }
      coverage
    }
  }
`);

export const ComputingPowerIndexQuery = graphql(`
  query ComputingPowerIndex(
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

/** The index is cached under the tag of every indicator's values: any of them can move the scores. */
export const indexCacheTags = [cacheTags.anyIndicator, cacheTags.catalogue, cacheTags.regions];
