import type { Prisma } from '@atlas/db';
import type { QueryResolvers } from '../../../../generated/graphql.js';
import { assertAllFound, lookUpCodes } from '../../../../loaders/resolve-codes.js';

export const regions: QueryResolvers['regions'] = async (_parent, args, { prisma, loaders }) => {
  const [parent, aggregate] = await Promise.all([
    args.parent != null ? lookUpCodes(loaders.regions.byCode, [args.parent]) : null,
    args.memberOf != null ? lookUpCodes(loaders.regions.byCode, [args.memberOf]) : null,
  ]);
  assertAllFound({
    ...(parent && { region: parent }),
    ...(aggregate && { aggregate: aggregate }),
  });
  const filters: Prisma.RegionWhereInput[] = [];
  if (args.kind) filters.push({ kind: args.kind });
  if (parent) filters.push({ parentId: parent.rows[0]!.id });
  if (aggregate) filters.push({ aggregates: { some: { aggregateId: aggregate.rows[0]!.id } } });
  if (args.search) {
    const text = { contains: args.search, mode: 'insensitive' } as const;
    filters.push({ OR: [{ name: text }, { code: text }] });
  }
  const rows = await prisma.region.findMany({ where: { AND: filters }, orderBy: { name: 'asc' } });
  return loaders.regions.prime(rows);
};
