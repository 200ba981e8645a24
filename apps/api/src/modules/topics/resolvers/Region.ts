import type { RegionResolvers } from '../../../generated/graphql.js';

export const Region: RegionResolvers = {
  articles: (region, _args, { loaders }) => loaders.topics.articlesByRegionId.load(region.id),
};
