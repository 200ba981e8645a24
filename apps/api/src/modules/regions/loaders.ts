import DataLoader from 'dataloader';
import type { PrismaClient, Region } from '@atlas/db';
import type { CatalogueCache } from '../../catalogue/catalogue-cache.js';
import { createCatalogueEntryLoaders, groupByKey } from '../../loaders/batch.js';

const byName = { name: 'asc' } as const;

export function createRegionLoaders(prisma: PrismaClient, catalogue: CatalogueCache) {
  const { byId, byCode, prime } = createCatalogueEntryLoaders(async () => {
    const { regionsById, regionsByCode } = await catalogue.get();
    return { byId: regionsById, byCode: regionsByCode };
  });

  const childrenByParentId = new DataLoader<number, Region[]>(async (parentIds) => {
    const rows = await prisma.region.findMany({
      where: { parentId: { in: [...parentIds] } },
      orderBy: byName,
    });
    return groupByKey(parentIds, prime(rows), (row) => row.parentId);
  });

  const membersByAggregateId = new DataLoader<number, Region[]>(async (aggregateIds) => {
    const rows = await prisma.aggregateMembership.findMany({
      where: { aggregateId: { in: [...aggregateIds] } },
      include: { member: true },
      orderBy: { member: byName },
    });
    prime(rows.map((row) => row.member));
    return groupByKey(aggregateIds, rows, (row) => row.aggregateId).map((group) =>
      group.map((row) => row.member),
    );
  });

  const aggregatesByMemberId = new DataLoader<number, Region[]>(async (memberIds) => {
    const rows = await prisma.aggregateMembership.findMany({
      where: { memberId: { in: [...memberIds] } },
      include: { aggregate: true },
      orderBy: { aggregate: byName },
    });
    prime(rows.map((row) => row.aggregate));
    return groupByKey(memberIds, rows, (row) => row.memberId).map((group) =>
      group.map((row) => row.aggregate),
    );
  });

  return { byId, byCode, prime, childrenByParentId, membersByAggregateId, aggregatesByMemberId };
}

export type RegionLoaders = ReturnType<typeof createRegionLoaders>;
