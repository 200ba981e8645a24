import type { QueryResolvers } from '../../../../generated/graphql.js';

export const studioSources: QueryResolvers['studioSources'] = (
  _parent,
  _args,
  { viewer, services },
) => services.metadata.listSources(viewer);
