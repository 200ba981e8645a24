import type { QueryResolvers } from '../../../../generated/graphql.js';
import { resolveCode } from '../../../../loaders/resolve-codes.js';

export const sources: QueryResolvers['sources'] = async (_parent, args, { prisma, loaders }) => {
  if (args.indicator == null) return prisma.source.findMany({ orderBy: { title: 'asc' } });
  const indicator = await resolveCode(loaders.indicators.byCode, args.indicator, 'indicator');
  return loaders.indicators.sourcesByIndicatorId.load(indicator.id);
};
