import type { MutationResolvers } from '../../../../generated/graphql.js';

export const createGlossaryTerm: MutationResolvers['createGlossaryTerm'] = (
  _parent,
  { slug, input },
  { viewer, services },
) => services.glossary.create(viewer, slug, input);
