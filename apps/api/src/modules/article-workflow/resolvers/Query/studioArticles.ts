import type { QueryResolvers } from '../../../../generated/graphql.js';

export const studioArticles: QueryResolvers['studioArticles'] = (
  _parent,
  { status },
  { viewer, services },
) => services.articles.list(viewer, status ?? null);
