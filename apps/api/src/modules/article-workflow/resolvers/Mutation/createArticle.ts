import type { MutationResolvers } from '../../../../generated/graphql.js';

export const createArticle: MutationResolvers['createArticle'] = (
  _parent,
  { input },
  { viewer, services },
) => services.articles.create(viewer, input);
