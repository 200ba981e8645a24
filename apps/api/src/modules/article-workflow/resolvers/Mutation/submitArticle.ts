import type { MutationResolvers } from '../../../../generated/graphql.js';

export const submitArticle: MutationResolvers['submitArticle'] = (
  _parent,
  { id },
  { viewer, services },
) => services.articles.submit(viewer, id);
