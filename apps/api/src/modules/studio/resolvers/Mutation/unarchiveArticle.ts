import type { MutationResolvers } from '../../../../generated/graphql.js';

export const unarchiveArticle: MutationResolvers['unarchiveArticle'] = (
  _parent,
  { id },
  { viewer, editorial },
) => editorial.articles.unarchive(viewer, id);
