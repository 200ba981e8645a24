import type { IndicatorResolvers } from '../../../generated/graphql.js';

export const Indicator: IndicatorResolvers = {
  articles: (indicator, _args, { loaders }) =>
    loaders.topics.articlesByIndicatorId.load(indicator.id),
};
