import type { MutationResolvers } from '../../../../generated/graphql.js';

export const updateIndicator: MutationResolvers['updateIndicator'] = (
  _parent,
  { code, input },
  { viewer, services },
) => services.metadata.updateIndicator(viewer, code, input);
