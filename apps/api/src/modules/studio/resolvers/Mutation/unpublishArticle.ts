import type { MutationResolvers } from '../../../../generated/graphql.js';

export const unpublishArticle: MutationResolvers['unpublishArticle'] = (
  _parent,
  { id },
  { viewer, editorial },
) => editorial.articles.unpublish(viewer, id);
