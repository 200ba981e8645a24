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

export const PillarFieldsFragment = graphql(`
  fragment PillarFields on Pillar {
    code
    name
    description
    indexWeight
    indicators {
      code
      name
      unit
      description
      higherIsBetter
      indexWeight
    }
  }
`);

export const RegionDetailFieldsFragment = graphql(`
  fragment RegionDetailFields on Region {
    code
    name
    kind
    description
    parent {
      code
      name
    }
    members {
      code
      name
    }
    aggregates {
      code
      name
    }
  }
`);

/** What a list of articles shows of each: the card of `ArticleList`. */
export const ArticleCardFieldsFragment = graphql(`
  fragment ArticleCardFields on Article {
    slug
    title
    summary
    publishedAt
  }
`);
