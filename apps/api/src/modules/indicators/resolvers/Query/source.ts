import type { QueryResolvers } from '../../../../generated/graphql.js';

export const source: QueryResolvers['source'] = (_parent, { key }, { loaders }) =>
  loaders.indicators.sourceByKey.load(key);
