import type { SourceResolvers } from '../../../generated/graphql.js';

export const Source: SourceResolvers = {
  indicators: (source, _args, { loaders }) =>
    loaders.indicators.indicatorsBySourceId.load(source.id),
};
