import type { MutationResolvers } from '../../../../generated/graphql.js';

export const confirmTypedFigures: MutationResolvers['confirmTypedFigures'] = (
  _parent,
  { id, version, sentences },
  { viewer, services },
) => services.articles.confirmTypedFigures(viewer, { id, version, sentences });
