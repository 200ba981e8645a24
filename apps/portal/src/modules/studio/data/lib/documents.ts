import { graphql } from '@/gql';

export const DataCatalogueQuery = graphql(`
  query DataCatalogue {
    pillars {
      code
      name
      description
      position
      indexWeight
    }
    indicators {
      code
      name
      unit
      description
      methodology
      higherIsBetter
      pillar {
        code
      }
    }
    regions {
      code
      name
      kind
      description
    }
    studioSources {
      ...SourceFields
    }
    glossaryTerms {
      slug
      term
      definition
      version
      seeAlso {
        slug
      }
      indicator {
        code
      }
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicator($code: String!, $input: IndicatorMetadataInput!) {
    updateIndicator(code: $code, input: $input) {
      code
    }
  }
`);

export const UpdatePillarMutation = graphql(`
  mutation UpdatePillar($code: String!, $input: PillarMetadataInput!) {
    updatePillar(code: $code, input: $input) {
      code
    }
  }
`);

export const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($code: String!, $input: RegionMetadataInput!) {
    updateRegion(code: $code, input: $input) {
      code
    }
  }
`);

export const UpdateSourceMutation = graphql(`
  mutation UpdateSource($key: String!, $input: SourceInput!) {
    updateSource(key: $key, input: $input) {
      key
    }
  }
`);

export const CreateSourceMutation = graphql(`
  mutation CreateSource($key: String!, $input: SourceInput!) {
    createSource(key: $key, input: $input) {
      key
    }
  }
`);

export const UpdateGlossaryTermMutation = graphql(`
  mutation UpdateGlossaryTerm($slug: String!, $baseVersion: Int!, $input: GlossaryTermInput!) {
    updateGlossaryTerm(slug: $slug, baseVersion: $baseVersion, input: $input) {
      slug
      version
    }
  }
`);

export const CreateGlossaryTermMutation = graphql(`
  mutation CreateGlossaryTerm($slug: String!, $input: GlossaryTermInput!) {
    createGlossaryTerm(slug: $slug, input: $input) {
      slug
    }
  }
`);
