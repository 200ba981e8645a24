import 'server-only';
import { cache } from 'react';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import { requestApi } from '@/lib/api/client';
import { indexCacheTags } from '@/lib/api/computing-power-index';

/** How many peers a reader may choose; the API compares with at most as many. */
export const maxPeers = 5;

const RegionProfileQuery = graphql(`
  query RegionProfile($code: String!, $peers: [String!]!) {
    region(code: $code) {
      ...RegionDetailFields
      articles {
        ...ArticleCardFields
      }
      series {
        indicator {
          code
          name
          unit
        }
        points {
          ...FigureFields
        }
      }
      comparison(peers: $peers) {
        peers {
          code
          name
        }
        latest {
          ...FigureFields
        }
      }
    }
    computingPowerIndex {
      ...IndexFields
    }
    pillars {
      code
      name
      indicators {
        code
      }
    }
    countries: regions(kind: COUNTRY) {
      code
      name
    }
  }
`);

// Keyed by the peers' text so that the page and its metadata share one request.
const requestRegionProfile = cache(async (code: string, peersKey: string) =>
  requestApi(
    RegionProfileQuery,
    { code, peers: peersKey ? peersKey.split(',') : [] },
    // The list of articles about the region changes with the articles.
    { tags: [...indexCacheTags, cacheTags.articles] },
  ),
);

/**
 * Everything a region's profile shows, in one request: its place in the index, each indicator
 * it has values for with the whole series, and the latest values of its peers beside its own
 * (the API picks the peers when the reader chose none).
 */
export async function loadRegionProfile(code: string, requestedPeers: string[]) {
  const data = await requestRegionProfile(code, requestedPeers.join(','));
  if (!data.region) return null;
  const { series, comparison, ...region } = data.region;
  const index = data.computingPowerIndex;
  return {
    region,
    pillars: data.pillars,
    index: {
      period: index.period,
      entry: index.entries.find((entry) => entry.region.code === region.code),
      rankedCount: index.entries.length,
      exclusion: index.excluded.find((excluded) => excluded.region.code === region.code),
      weights: index.weights,
    },
    series,
    peers: comparison.peers,
    countries: data.countries.filter((country) => country.code !== region.code),
    latest: comparison.latest,
  };
}

export type RegionProfile = NonNullable<Awaited<ReturnType<typeof loadRegionProfile>>>;
