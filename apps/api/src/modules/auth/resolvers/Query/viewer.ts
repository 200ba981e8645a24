import type { QueryResolvers } from '../../../../generated/graphql.js';

export const viewer: QueryResolvers['viewer'] = (_parent, _args, { viewer, loaders }) =>
  viewer?.kind === 'session' ? loaders.auth.userById.load(viewer.user.id) : null;
