import type { QueryResolvers } from '../../../../generated/graphql.js';
import { resolveCode } from '../../../../loaders/resolve-codes.js';
import { parsePeriodArgument } from '../../../observations/period.js';
import { rankRegions } from '../../rank-regions.js';

export const ranking: QueryResolvers['ranking'] = async (
  _parent,
  args,
  { prisma, loaders, catalogue },
) => {
  if (args.period != null) parsePeriodArgument(args.period, 'period');
  const indicator = await resolveCode(loaders.indicators.byCode, args.indicator, 'indicator');
  const result = await rankRegions(prisma, await catalogue.get(), {
    indicator,
    period: args.period ?? null,
    regionKinds: args.regionKinds,
    limit: args.limit ?? null,
  });
  loaders.regions.prime(result.regions);
  return result.ranking;
};
