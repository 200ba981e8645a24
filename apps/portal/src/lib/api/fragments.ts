import { graphql } from '@/gql';

export const SourceFieldsFragment = graphql(`
  fragment SourceFields on Source {
    key
    title
    publisher
    year
    url
    excerpt
  }
`);

export const FigureFieldsFragment = graphql(`
  fragment FigureFields on Observation {
    period
    periodType
    value
    status
    note
    indicator {
      code
      name
      unit
    }
    region {
      code
      name
    }
    source {
      ...SourceFields
    }
  }
`);
