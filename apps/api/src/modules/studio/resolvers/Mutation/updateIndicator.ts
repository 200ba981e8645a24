import type { MutationResolvers } from '../../../../generated/graphql.js';

export const updateIndicator: MutationResolvers['updateIndicator'] = (
  _parent,
  { code, input },
  { viewer, editorial },
) => editorial.metadata.updateIndicator(viewer, code, input);
