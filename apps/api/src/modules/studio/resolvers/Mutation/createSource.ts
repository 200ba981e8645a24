import type { MutationResolvers } from '../../../../generated/graphql.js';

export const createSource: MutationResolvers['createSource'] = (
  _parent,
  { key, input },
  { viewer, editorial },
) => editorial.metadata.createSource(viewer, key, input);
