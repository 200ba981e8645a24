import type { IndicatorResolvers } from '../../../generated/graphql.js';

export const Indicator: IndicatorResolvers = {
  glossaryTerms: (indicator, _args, { loaders }) =>
    loaders.glossary.markedIn(indicator.description),
};
