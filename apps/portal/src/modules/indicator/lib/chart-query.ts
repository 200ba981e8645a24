import { graphql } from '@/gql';

/** The request a reader can run to get the charted values themselves (the "Query this data" panel). */
export const ChartQuery = graphql(`
  query Chart($code: String!, $regions: [String!]!, $perCapita: Boolean!) {
    indicator(code: $code) {
      chart(regions: $regions, perCapita: $perCapita) {
        unit
        series {
          region {
            code
            name
          }
          points {
            period
            value
            status
            source {
              title
              url
            }
          }
        }
      }
    }
  }
`);
