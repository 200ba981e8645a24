import type { QueryResolvers } from '../../../../generated/graphql.js';

export const regions: QueryResolvers['regions'] = async (
  _parent,
  { kind },
  { prisma, loaders },
) => {
  const rows = await prisma.region.findMany({
    where: kind ? { kind } : {},
    orderBy: { name: 'asc' },
  });
  return loaders.regions.prime(rows);
};
