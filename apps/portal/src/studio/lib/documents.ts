import { graphql } from '@/gql';

export const StudioArticleFields = graphql(`
  fragment StudioArticleFields on StudioArticle {
    id
    slug
    title
    summary
    body
    status
    version
    publishedAt
    updatedAt
    author {
      name
    }
    tags {
      name
    }
    indicators {
      code
    }
    regions {
      code
    }
  }
`);

export const StudioArticlesQuery = graphql(`
  query StudioArticles($status: ArticleStatus) {
    studioArticles(status: $status) {
      id
      slug
      title
      status
      version
      updatedAt
      author {
        name
      }
    }
  }
`);

export const StudioArticleQuery = graphql(`
  query StudioArticle($id: Int!) {
    studioArticle(id: $id) {
      ...StudioArticleFields
    }
  }
`);

export const ArticleHistoryQuery = graphql(`
  query ArticleHistory($id: Int!) {
    studioArticle(id: $id) {
      id
      slug
      title
      status
      version
      revisions {
        version
        title
        message
        createdAt
        author {
          name
        }
      }
    }
  }
`);

export const ArticleDiffQuery = graphql(`
  query ArticleDiff($articleId: Int!, $fromVersion: Int!, $toVersion: Int!) {
    articleDiff(articleId: $articleId, fromVersion: $fromVersion, toVersion: $toVersion) {
      from {
        version
      }
      to {
        version
      }
      slug {
        kind
        text
      }
      title {
        kind
        text
      }
      summary {
        kind
        text
      }
      body {
        kind
        text
      }
      tags {
        kind
        text
      }
      indicatorCodes {
        kind
        text
      }
      regionCodes {
        kind
        text
      }
    }
  }
`);

export const EditorCatalogueQuery = graphql(`
  query EditorCatalogue {
    indicators {
      code
      name
      unit
      periods
    }
    regions {
      code
      name
      kind
    }
  }
`);

export const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: ArticleContentInput!) {
    createArticle(input: $input) {
      ...StudioArticleFields
    }
  }
`);

export const SaveArticleMutation = graphql(`
  mutation SaveArticle($input: SaveArticleInput!) {
    saveArticle(input: $input) {
      __typename
      ... on StudioArticle {
        ...StudioArticleFields
      }
      ... on ArticleConflict {
        message
        current {
          version
          slug
          title
          summary
          body
          tags
          indicatorCodes
          regionCodes
          author {
            name
          }
          createdAt
        }
        submitted {
          baseVersion
          slug
          title
          summary
          body
          tags
          indicatorCodes
          regionCodes
        }
      }
    }
  }
`);

export const RestoreRevisionMutation = graphql(`
  mutation RestoreRevision($id: Int!, $version: Int!, $baseVersion: Int!) {
    restoreArticleRevision(id: $id, version: $version, baseVersion: $baseVersion) {
      __typename
      ... on ArticleConflict {
        message
      }
    }
  }
`);

export const SubmitArticleMutation = graphql(`
  mutation SubmitArticle($id: Int!) {
    submitArticle(id: $id) {
      ...StudioArticleFields
    }
  }
`);

export const PublishArticleMutation = graphql(`
  mutation PublishArticle($id: Int!, $version: Int!) {
    publishArticle(id: $id, version: $version) {
      ...StudioArticleFields
    }
  }
`);

export const UnpublishArticleMutation = graphql(`
  mutation UnpublishArticle($id: Int!) {
    unpublishArticle(id: $id) {
      ...StudioArticleFields
    }
  }
`);

export const ArchiveArticleMutation = graphql(`
  mutation ArchiveArticle($id: Int!) {
    archiveArticle(id: $id) {
      ...StudioArticleFields
    }
  }
`);

export const UnarchiveArticleMutation = graphql(`
  mutation UnarchiveArticle($id: Int!) {
    unarchiveArticle(id: $id) {
      ...StudioArticleFields
    }
  }
`);

export const ImportBatchesQuery = graphql(`
  query ImportBatches($first: Int!) {
    importBatches(first: $first) {
      id
      fileName
      rowCount
      added
      changed
      unchanged
      createdAt
      apiKeyName
      createdBy {
        name
      }
    }
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $before: Int) {
    auditEvents(filter: $filter, first: $first, before: $before) {
      id
      action
      entityType
      entityId
      before
      after
      createdAt
      apiKeyName
      actor {
        name
        email
      }
    }
  }
`);

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
      key
      title
      publisher
      year
      url
      excerpt
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

export const UsersAndKeysQuery = graphql(`
  query UsersAndKeys {
    users {
      id
      email
      name
      role
      disabled
      createdAt
    }
    apiKeys {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      revokedAt
      createdBy {
        name
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($name: String!, $scopes: [ApiKeyScope!]!) {
    createApiKey(name: $name, scopes: $scopes) {
      secret
      apiKey {
        id
        prefix
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: Int!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);
