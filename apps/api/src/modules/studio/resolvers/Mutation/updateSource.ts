import type { MutationResolvers } from '../../../../generated/graphql.js';

export const updateSource: MutationResolvers['updateSource'] = (
  _parent,
  { key, input },
  { viewer, editorial },
) => editorial.metadata.updateSource(viewer, key, input);
