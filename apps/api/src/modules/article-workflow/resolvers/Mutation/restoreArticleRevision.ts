import type { MutationResolvers } from '../../../../generated/graphql.js';

export const restoreArticleRevision: MutationResolvers['restoreArticleRevision'] = (
  _parent,
  { id, version, baseVersion },
  { viewer, services },
) => services.articles.restore(viewer, { id, version, baseVersion });
