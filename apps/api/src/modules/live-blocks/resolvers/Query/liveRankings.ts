import type { QueryResolvers } from '../../../../generated/graphql.js';
import { resolveCode } from '../../../../loaders/resolve-codes.js';
import { parsePeriodArgument } from '../../../observations/period.js';
import { rankRegions } from '../../../rankings/rank-regions.js';
import { loadEachBlock } from '../../block-problem.js';

export const liveRankings: QueryResolvers['liveRankings'] = async (
  _parent,
  { blocks },
  { prisma, loaders, catalogue },
) => {
  const current = await catalogue.get();
  return loadEachBlock(blocks, async (block) => {
    if (block.period != null) parsePeriodArgument(block.period, 'period');
    const indicator = await resolveCode(loaders.indicators.byCode, block.indicator, 'indicator');
    const { ranking, regions } = await rankRegions(prisma, current, {
      indicator,
      period: block.period ?? null,
      regionKinds: ['COUNTRY'],
      limit: block.limit,
    });
    loaders.regions.prime(regions);
    return { ranking, problem: null };
  });
};
