import type { QueryResolvers } from '../../../../generated/graphql.js';
import { computeComputingPowerIndex } from '../../index-service.js';

export const computingPowerIndex: QueryResolvers['computingPowerIndex'] = async (
  _parent,
  args,
  { prisma, loaders, catalogue },
) => {
  const { index, regions } = await computeComputingPowerIndex(prisma, await catalogue.get(), {
    period: args.period ?? null,
    regionKinds: args.regionKinds,
    pillarWeights: (args.weights?.pillars ?? []).map(({ pillar, weight }) => ({
      code: pillar,
      weight,
    })),
    indicatorWeights: (args.weights?.indicators ?? []).map(({ indicator, weight }) => ({
      code: indicator,
      weight,
    })),
    normalisation: args.normalisation,
    minCoverage: args.minCoverage,
    limit: args.limit ?? null,
  });
  loaders.regions.prime(regions);
  return index;
};
