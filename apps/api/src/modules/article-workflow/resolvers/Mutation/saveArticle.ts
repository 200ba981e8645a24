import type { MutationResolvers } from '../../../../generated/graphql.js';

export const saveArticle: MutationResolvers['saveArticle'] = (
  _parent,
  { input },
  { viewer, services },
) => services.articles.save(viewer, { ...input, message: input.message ?? null });
