import 'server-only';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import type { IndexNormalisation } from '@/gql/graphql';
import { requestApi } from '@/lib/api/client';
import { listPillars } from './catalogue';

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
  }
`);

export interface IndexRequest {
  period?: string;
  pillarWeights?: Record<string, number>;
  normalisation?: IndexNormalisation;
  limit?: number;
}

/**
 * The Computing Power Index, with the default weights or the given pillar weights. It is
 * cached under every indicator's tag, since a change to any of them can move the scores.
 */
export async function getComputingPowerIndex(request: IndexRequest = {}) {
  const indicatorTags = (await listPillars()).flatMap((pillar) =>
    pillar.indicators.map((indicator) => cacheTags.indicator(indicator.code)),
  );
  const pillars = Object.entries(request.pillarWeights ?? {}).map(([pillar, weight]) => ({
    pillar,
    weight,
  }));
  const data = await requestApi(
    ComputingPowerIndexQuery,
    {
      period: request.period ?? null,
      weights: pillars.length > 0 ? { pillars } : null,
      normalisation: request.normalisation ?? 'MIN_MAX',
      limit: request.limit ?? null,
    },
    { tags: [...indicatorTags, cacheTags.catalogue, cacheTags.regions] },
  );
  return data.computingPowerIndex;
}
