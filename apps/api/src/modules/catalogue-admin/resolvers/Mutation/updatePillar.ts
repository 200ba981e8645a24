import type { MutationResolvers } from '../../../../generated/graphql.js';

export const updatePillar: MutationResolvers['updatePillar'] = (
  _parent,
  { code, input },
  { viewer, services },
) => services.metadata.updatePillar(viewer, code, input);
