import 'server-only';
import { cache } from 'react';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import { requestApi } from '@/lib/api/client';

const ArticleQuery = graphql(`
  query Article($slug: String!) {
    article(slug: $slug) {
      slug
      title
      summary
      body
      publishedAt
      updatedAt
      indicators {
        code
        name
        unit
      }
      regions {
        code
        name
      }
      topics {
        slug
        name
      }
      related(first: 3) {
        ...ArticleCardFields
      }
      glossaryTerms {
        slug
        term
        definition
      }
    }
  }
`);

const ArticlesQuery = graphql(`
  query Articles($first: Int!) {
    articles(first: $first) {
      ...ArticleCardFields
    }
  }
`);

/** A published article, or null when none has that slug. */
export const getArticle = cache(async (slug: string) => {
  // Its related articles and topics change with the others, topics name pillars, and the
  // terms it marks change with the glossary.
  const data = await requestApi(
    ArticleQuery,
    { slug },
    {
      tags: [cacheTags.article(slug), cacheTags.articles, cacheTags.catalogue, cacheTags.glossary],
    },
  );
  return data.article;
});

/** Published articles, newest first. */
export async function listArticles(first = 20) {
  const data = await requestApi(ArticlesQuery, { first }, { tags: [cacheTags.articles] });
  return data.articles;
}
