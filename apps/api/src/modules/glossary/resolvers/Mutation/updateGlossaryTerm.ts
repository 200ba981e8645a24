import type { MutationResolvers } from '../../../../generated/graphql.js';

export const updateGlossaryTerm: MutationResolvers['updateGlossaryTerm'] = (
  _parent,
  { slug, baseVersion, input },
  { viewer, services },
) => services.glossary.update(viewer, slug, baseVersion, input);
