import type { QueryResolvers } from '../../../../generated/graphql.js';

export const articleDiff: QueryResolvers['articleDiff'] = (
  _parent,
  { articleId, fromVersion, toVersion },
  { viewer, services },
) => services.articles.diff(viewer, articleId, fromVersion, toVersion);
