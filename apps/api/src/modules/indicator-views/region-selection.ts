import type { Indicator, PrismaClient, Region, RegionKind } from '@atlas/db';
import type { Catalogue } from '../../catalogue/catalogue-cache.js';
import { rankRegions } from '../rankings/rank-regions.js';

/** The order of region kinds in a list of choices: countries first. */
const kindOrder: RegionKind[] = ['COUNTRY', 'WORLD', 'AGGREGATE', 'SUBNATIONAL'];

/** The ids of the regions with at least one stored value of the indicator that is not a projection. */
export async function measuredRegionIds(
  prisma: PrismaClient,
  indicatorId: number,
): Promise<Set<number>> {
  const rows = await prisma.observation.findMany({
    where: { indicatorId, status: { not: 'PROJECTION' } },
    distinct: ['regionId'],
    select: { regionId: true },
  });
  return new Set(rows.map((row) => row.regionId));
}

/** The regions with a measured value: countries first, then the other kinds, by name. */
export async function measuredRegions(
  prisma: PrismaClient,
  catalogue: Catalogue,
  indicatorId: number,
): Promise<Region[]> {
  const measured = await measuredRegionIds(prisma, indicatorId);
  return catalogue.regionsByName
    .filter((region) => measured.has(region.id))
    .sort(
      (a, b) =>
        kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.name.localeCompare(b.name),
    );
}

/** The leading countries; indicators measured for no country show the leading world and aggregates. */
export async function defaultRegions(
  prisma: PrismaClient,
  catalogue: Catalogue,
  indicator: Indicator,
  count: number,
): Promise<Region[]> {
  for (const regionKinds of [['COUNTRY'], ['WORLD', 'AGGREGATE']] as RegionKind[][]) {
    const { ranking } = await rankRegions(prisma, catalogue, {
      indicator,
      period: null,
      regionKinds,
      limit: count,
    });
    if (ranking.entries.length > 0) {
      return ranking.entries.slice(0, count).map((entry) => entry.region);
    }
  }
  return [];
}

/** The regions asked for that have a measured value, in the order asked; the defaults when none has. */
export async function selectRegions(
  prisma: PrismaClient,
  catalogue: Catalogue,
  indicator: Indicator,
  codes: readonly string[],
  defaultCount: number,
): Promise<Region[]> {
  const measured = await measuredRegionIds(prisma, indicator.id);
  const chosen = [...new Set(codes)].flatMap((code) => {
    const region = catalogue.regionsByCode.get(code);
    return region && measured.has(region.id) ? [region] : [];
  });
  return chosen.length > 0 ? chosen : defaultRegions(prisma, catalogue, indicator, defaultCount);
}
