import 'server-only';
import { graphql } from '@/gql';
import { requestApi } from '@/lib/api/client';
import { indexCacheTags, indexVariables, type IndexRequest } from '@/lib/api/computing-power-index';

const IndexPageQuery = graphql(`
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

/** The index for the reader's weights and the pillars whose weights they can change, in one request. */
export async function loadIndexPage(request: IndexRequest) {
  const data = await requestApi(IndexPageQuery, indexVariables(request), { tags: indexCacheTags });
  return { index: data.computingPowerIndex, pillars: data.pillars };
}
