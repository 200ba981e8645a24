import type { QueryResolvers } from '../../../../generated/graphql.js';

export const indicator: QueryResolvers['indicator'] = (_parent, { code }, { loaders }) =>
  loaders.indicators.byCode.load(code);
