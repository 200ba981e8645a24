import type { RegionResolvers } from '../../../generated/graphql.js';
import { regionComparison } from '../region-comparison.js';
import { regionSeries } from '../region-series.js';

export const Region: RegionResolvers = {
  series: (region, _args, { prisma }) => regionSeries(prisma, region),
  comparison: async (region, { peers }, { prisma, catalogue, loaders }) => {
    const comparison = await regionComparison(prisma, await catalogue.get(), region, peers);
    loaders.regions.prime(comparison.peers);
    return comparison;
  },
};
