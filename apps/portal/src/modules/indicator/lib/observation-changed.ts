import { graphql } from '@/gql';

/** Announces observations of the given indicators as they are added or changed (graphql-ws). */
export const ObservationChangedSubscription = graphql(`
  subscription ObservationChanged($indicators: [String!]) {
    observationChanged(indicators: $indicators) {
      kind
      observation {
        period
        value
        indicator {
          unit
        }
        region {
          code
          name
        }
      }
    }
  }
`);
