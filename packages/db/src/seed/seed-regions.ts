import type { Prisma } from '../generated/prisma/client.ts';
import { isoCodesOf } from '../import/write-import-result.ts';
import { REGIONS, type RegionDefinition } from './catalog/regions.ts';
import { countOf, planChanges, type SyncCount } from './plan-changes.ts';
import { requireId } from './require-id.ts';

const regionColumns = {
  id: true,
  code: true,
  name: true,
  kind: true,
  iso2: true,
  isoNumeric: true,
  description: true,
  parentId: true,
} as const;

/**
 * Creates or corrects the regions of the catalogue (parents before children) and adds missing
 * aggregate memberships; returns the region ids by code.
 */
export async function seedRegions(tx: Prisma.TransactionClient): Promise<{
  regions: SyncCount;
  memberships: SyncCount;
  regionIds: Map<string, number>;
}> {
  const regions: SyncCount = { created: 0, updated: 0, unchanged: 0 };
  const regionIds = new Map<string, number>();
  const topLevel = REGIONS.filter((region) => region.parentCode === undefined);
  const nested = REGIONS.filter((region) => region.parentCode !== undefined);
  for (const layer of [topLevel, nested]) {
    const desired = layer.map((region) => toRow(region, regionIds));
    const plan = planChanges(
      desired,
      await tx.region.findMany({
        where: { code: { in: desired.map((r) => r.code) } },
        select: regionColumns,
      }),
      (region) => region.code,
    );
    await tx.region.createMany({ data: plan.toCreate });
    for (const { row, data } of plan.toUpdate)
      await tx.region.update({ where: { id: row.id }, data });
    const stored = await tx.region.findMany({
      where: { code: { in: desired.map((r) => r.code) } },
      select: { id: true, code: true },
    });
    for (const { code, id } of stored) regionIds.set(code, id);
    const count = countOf(plan);
    regions.created += count.created;
    regions.updated += count.updated;
    regions.unchanged += count.unchanged;
  }

  const memberships = REGIONS.flatMap((aggregate) =>
    (aggregate.memberCodes ?? []).map((memberCode) => ({
      aggregateId: requireId(regionIds, aggregate.code, 'region'),
      memberId: requireId(regionIds, memberCode, 'region'),
    })),
  );
  const { count: created } = await tx.aggregateMembership.createMany({
    data: memberships,
    skipDuplicates: true,
  });
  return {
    regions,
    memberships: { created, updated: 0, unchanged: memberships.length - created },
    regionIds,
  };
}

function toRow(region: RegionDefinition, regionIds: Map<string, number>) {
  return {
    code: region.code,
    name: region.name,
    kind: region.kind,
    ...(region.kind === 'COUNTRY' ? isoCodesOf(region.code) : { iso2: null, isoNumeric: null }),
    description: region.description ?? null,
    parentId:
      region.parentCode === undefined ? null : requireId(regionIds, region.parentCode, 'region'),
  };
}
