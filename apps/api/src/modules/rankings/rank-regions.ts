import {
  observationColumns,
  type Indicator,
  type PrismaClient,
  type Region,
  type RegionKind,
} from '@atlas/db';
import { competitionRank, rankOrderOf, type RankOrder } from '@atlas/domain';
import { regionsOfKinds, type Catalogue } from '../../catalogue/catalogue-cache.js';
import { badUserInput } from '../../errors.js';
import type { ObservationRow } from '../observations/observation-row.js';

export const maxRankingLimit = 1000;

export interface RankingEntryRow {
  rank: number;
  region: Region;
  value: number;
  observation: ObservationRow;
}

export interface RankingRow {
  indicator: Indicator;
  period: string | null;
  order: RankOrder;
  entries: RankingEntryRow[];
  missing: Region[];
}

export interface RankRegionsInput {
  indicator: Indicator;
  /** Null: the latest period with a measured value among the regions considered. */
  period: string | null;
  regionKinds: readonly RegionKind[];
  /** Keep entries ranked at most this; null keeps all. */
  limit: number | null;
}

async function findLatestRankablePeriod(
  prisma: PrismaClient,
  indicatorId: number,
  regionKinds: readonly RegionKind[],
): Promise<string | null> {
  const latest = await prisma.observation.findFirst({
    where: {
      indicatorId,
      status: { not: 'PROJECTION' },
      region: { kind: { in: [...regionKinds] } },
    },
    orderBy: [{ periodStart: 'desc' }, { period: 'desc' }],
    select: { period: true },
  });
  return latest?.period ?? null;
}

export async function rankRegions(
  prisma: PrismaClient,
  catalogue: Catalogue,
  { indicator, period: requestedPeriod, regionKinds, limit }: RankRegionsInput,
): Promise<{ ranking: RankingRow; regions: Region[] }> {
  if (regionKinds.length === 0)
    throw badUserInput('regionKinds must name at least one kind', 'regionKinds');
  if (limit !== null && (limit < 1 || limit > maxRankingLimit)) {
    throw badUserInput(`limit must be between 1 and ${maxRankingLimit}, got ${limit}`, 'limit');
  }
  const kinds = [...new Set(regionKinds)];
  const regions = regionsOfKinds(catalogue, kinds);
  const period = requestedPeriod ?? (await findLatestRankablePeriod(prisma, indicator.id, kinds));
  const observations: ObservationRow[] =
    period === null
      ? []
      : await prisma.observation.findMany({
          where: {
            indicatorId: indicator.id,
            period,
            status: { not: 'PROJECTION' },
            region: { kind: { in: kinds } },
          },
          select: observationColumns,
        });

  const regionById = new Map(regions.map((region) => [region.id, region]));
  const order = rankOrderOf(indicator);
  const entries = competitionRank(observations, (row) => row.value, order)
    .filter(({ rank }) => limit === null || rank <= limit)
    .flatMap(({ rank, item }) => {
      const region = regionById.get(item.regionId);
      return region ? [{ rank, region, value: item.value, observation: item }] : [];
    });
  const measured = new Set(observations.map((row) => row.regionId));
  const missing = regions.filter((region) => !measured.has(region.id));
  return { ranking: { indicator, period, order, entries, missing }, regions };
}
