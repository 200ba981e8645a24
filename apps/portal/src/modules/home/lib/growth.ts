import 'server-only';
import { graphql } from '@/gql';
import { requestApi } from '@/lib/api/client';
import { cacheTags } from '@atlas/domain';

const GrowthQuery = graphql(`
  query Growth($indicators: [String!]!, $regions: [String!]!, $from: String!, $to: String!) {
    growth(indicators: $indicators, regions: $regions, from: $from, to: $to) {
      relativeChange
      start {
        period
        value
      }
      end {
        period
        value
      }
    }
  }
`);

/** How one indicator changed in one region between two periods, matched exactly. */
export async function getGrowth(indicator: string, region: string, from: string, to: string) {
  const data = await requestApi(
    GrowthQuery,
    { indicators: [indicator], regions: [region], from, to },
    { tags: [cacheTags.indicator(indicator), cacheTags.regions] },
  );
  return data.growth[0] ?? null;
}
