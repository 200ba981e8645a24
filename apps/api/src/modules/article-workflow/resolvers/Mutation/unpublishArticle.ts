import type { MutationResolvers } from '../../../../generated/graphql.js';

export const unpublishArticle: MutationResolvers['unpublishArticle'] = (
  _parent,
  { id },
  { viewer, services },
) => services.articles.unpublish(viewer, id);
