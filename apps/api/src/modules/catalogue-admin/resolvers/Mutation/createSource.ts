import type { MutationResolvers } from '../../../../generated/graphql.js';

export const createSource: MutationResolvers['createSource'] = (
  _parent,
  { key, input },
  { viewer, services },
) => services.metadata.createSource(viewer, key, input);
