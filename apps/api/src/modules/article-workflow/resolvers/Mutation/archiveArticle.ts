import type { MutationResolvers } from '../../../../generated/graphql.js';

export const archiveArticle: MutationResolvers['archiveArticle'] = (
  _parent,
  { id },
  { viewer, services },
) => services.articles.archive(viewer, id);
