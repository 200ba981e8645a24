import type { MutationResolvers } from '../../../../generated/graphql.js';

export const updateRegion: MutationResolvers['updateRegion'] = (
  _parent,
  { code, input },
  { viewer, services },
) => services.metadata.updateRegion(viewer, code, input);
