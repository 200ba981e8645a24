import type { MutationResolvers } from '../../../../generated/graphql.js';

export const updatePillar: MutationResolvers['updatePillar'] = (
  _parent,
  { code, input },
  { viewer, editorial },
) => editorial.metadata.updatePillar(viewer, code, input);
