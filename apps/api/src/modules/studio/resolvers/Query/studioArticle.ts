import type { QueryResolvers } from '../../../../generated/graphql.js';

export const studioArticle: QueryResolvers['studioArticle'] = (
  _parent,
  { id },
  { viewer, editorial },
) => editorial.articles.get(viewer, id);
