import type { QueryResolvers } from '../../../../generated/graphql.js';

export const region: QueryResolvers['region'] = (_parent, { code }, { loaders }) =>
  loaders.regions.byCode.load(code);
