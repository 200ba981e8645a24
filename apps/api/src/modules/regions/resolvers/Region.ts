import type { RegionResolvers } from '../../../generated/graphql.js';

export const Region: RegionResolvers = {
  parent: (region, _args, { loaders }) =>
    region.parentId === null ? null : loaders.regions.byId.load(region.parentId),
  children: (region, _args, { loaders }) => loaders.regions.childrenByParentId.load(region.id),
  members: (region, _args, { loaders }) => loaders.regions.membersByAggregateId.load(region.id),
  aggregates: (region, _args, { loaders }) => loaders.regions.aggregatesByMemberId.load(region.id),
};
