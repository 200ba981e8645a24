import type { MutationResolvers } from '../../../../generated/graphql.js';

export const unarchiveArticle: MutationResolvers['unarchiveArticle'] = (
  _parent,
  { id },
  { viewer, services },
) => services.articles.unarchive(viewer, id);
