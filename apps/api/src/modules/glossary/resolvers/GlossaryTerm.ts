import type { GlossaryTermResolvers } from '../../../generated/graphql.js';

export const GlossaryTerm: GlossaryTermResolvers = {
  seeAlso: (term, _args, { loaders }) => loaders.glossary.existing(term.seeAlso),
  indicator: (term, _args, { loaders }) =>
    term.indicatorId === null ? null : loaders.indicators.byId.load(term.indicatorId),
};
