import type { QueryResolvers } from '../../../../generated/graphql.js';

export const studioArticle: QueryResolvers['studioArticle'] = (
  _parent,
  { id },
  { viewer, services },
) => services.articles.get(viewer, id);
