import type { MutationResolvers } from '../../../../generated/graphql.js';

export const archiveArticle: MutationResolvers['archiveArticle'] = (
  _parent,
  { id },
  { viewer, editorial },
) => editorial.articles.archive(viewer, id);
