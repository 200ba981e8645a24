import { notFound } from '../../../../errors.js';
import type { QueryResolvers } from '../../../../generated/graphql.js';

export const indicators: QueryResolvers['indicators'] = async (
  _parent,
  { pillar: pillarCode },
  { prisma, loaders },
) => {
  if (pillarCode == null) {
    return loaders.indicators.prime(await prisma.indicator.findMany({ orderBy: { name: 'asc' } }));
  }
  const pillar = await prisma.pillar.findUnique({ where: { code: pillarCode } });
  if (!pillar) throw notFound('pillar', [pillarCode]);
  return loaders.indicators.byPillarId.load(pillar.id);
};
