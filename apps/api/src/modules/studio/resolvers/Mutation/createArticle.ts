import type { MutationResolvers } from '../../../../generated/graphql.js';

export const createArticle: MutationResolvers['createArticle'] = (
  _parent,
  { input },
  { viewer, editorial },
) => editorial.articles.create(viewer, input);
