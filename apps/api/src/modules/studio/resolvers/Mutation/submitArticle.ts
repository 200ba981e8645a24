import type { MutationResolvers } from '../../../../generated/graphql.js';

export const submitArticle: MutationResolvers['submitArticle'] = (
  _parent,
  { id },
  { viewer, editorial },
) => editorial.articles.submit(viewer, id);
