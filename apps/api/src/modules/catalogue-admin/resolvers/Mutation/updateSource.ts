import type { MutationResolvers } from '../../../../generated/graphql.js';

export const updateSource: MutationResolvers['updateSource'] = (
  _parent,
  { key, input },
  { viewer, services },
) => services.metadata.updateSource(viewer, key, input);
