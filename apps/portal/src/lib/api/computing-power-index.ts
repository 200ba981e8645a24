import 'server-only';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';

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

/** The index is cached under the tag of every indicator's values: any of them can move the scores. */
export const indexCacheTags = [cacheTags.anyIndicator, cacheTags.catalogue, cacheTags.regions];
