import type { QueryResolvers } from '../../../../generated/graphql.js';

export const studioArticles: QueryResolvers['studioArticles'] = (
  _parent,
  { status },
  { viewer, editorial },
) => editorial.articles.list(viewer, status ?? null);
