import type { ArticleRevisionResolvers } from '../../../generated/graphql.js';

export const ArticleRevision: ArticleRevisionResolvers = {
  author: (revision, _args, { loaders }) =>
    revision.authorId === null ? null : loaders.auth.userById.load(revision.authorId),
};
