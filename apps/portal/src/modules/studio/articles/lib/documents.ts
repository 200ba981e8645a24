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
    allowedActions
    typedFigures {
      sentence
      confirmed
    }
  }
`);

// Both sides of a refused save carry the same content fields.
export const ArticleContentFields = graphql(`
  fragment ArticleContentFields on ArticleContent {
    slug
    title
    summary
    body
    tags
    indicatorCodes
    regionCodes
  }
`);

export const DiffLineFields = graphql(`
  fragment DiffLineFields on DiffLine {
    kind
    text
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
        ...DiffLineFields
      }
      title {
        ...DiffLineFields
      }
      summary {
        ...DiffLineFields
      }
      body {
        ...DiffLineFields
      }
      tags {
        ...DiffLineFields
      }
      indicatorCodes {
        ...DiffLineFields
      }
      regionCodes {
        ...DiffLineFields
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
          ...ArticleContentFields
          author {
            name
          }
          createdAt
        }
        submitted {
          baseVersion
          ...ArticleContentFields
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

export const ConfirmTypedFiguresMutation = graphql(`
  mutation ConfirmTypedFigures($id: Int!, $version: Int!, $sentences: [String!]!) {
    confirmTypedFigures(id: $id, version: $version, sentences: $sentences) {
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
