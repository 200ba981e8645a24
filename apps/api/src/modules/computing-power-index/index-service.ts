import { Prisma, type PrismaClient, type Region, type RegionKind } from '@atlas/db';
import { competitionRank, parsePeriod } from '@atlas/domain';
import { regionsOfKinds, type Catalogue } from '../../catalogue/catalogue-cache.js';
import { badUserInput } from '../../errors.js';
import type { ObservationRow } from '../observations/observation-row.js';
import { findLatestObservations, pairKey } from '../observations/observation-store.js';
import { parsePeriodRange } from '../observations/period.js';
import { computeIndex, type Normalisation } from './compute-index.js';
import { resolveWeights, type WeightInput, type WeightedPillar } from './index-weights.js';

export const maxIndexLimit = 1000;

export interface IndexRequest {
  /** A year, `YYYY`; null for the default year. */
  period: string | null;
  regionKinds: readonly RegionKind[];
  pillarWeights: readonly WeightInput[];
  indicatorWeights: readonly WeightInput[];
  normalisation: Normalisation;
  minCoverage: number;
  limit: number | null;
}

/** The index as `computingPowerIndex` answers without arguments (the defaults of its schema). */
export const defaultIndexRequest: IndexRequest = {
  period: null,
  regionKinds: ['COUNTRY'],
  pillarWeights: [],
  indicatorWeights: [],
  normalisation: 'MIN_MAX',
  minCoverage: 0.75,
  limit: null,
};

function validate(request: IndexRequest): void {
  if (request.period !== null && parsePeriod(request.period)?.type !== 'YEAR') {
    throw badUserInput(
      `period must be a year written YYYY (the index is computed per year), got '${request.period}'`,
      'period',
    );
  }
  if (!(request.minCoverage >= 0 && request.minCoverage <= 1)) {
    throw badUserInput(
      `minCoverage must be between 0 and 1, got ${request.minCoverage}`,
      'minCoverage',
    );
  }
  if (request.limit !== null && (request.limit < 1 || request.limit > maxIndexLimit)) {
    throw badUserInput(
      `limit must be between 1 and ${maxIndexLimit}, got ${request.limit}`,
      'limit',
    );
  }
  if (request.regionKinds.length === 0) {
    throw badUserInput('regionKinds must name at least one kind', 'regionKinds');
  }
}

/** The latest year in which every weighted indicator has a value (or else any value) among the regions. */
async function findDefaultYear(
  prisma: PrismaClient,
  indicatorIds: readonly number[],
  kinds: readonly RegionKind[],
): Promise<string | null> {
  const [row] = await prisma.$queryRaw<{ year: number }[]>(Prisma.sql`
    SELECT EXTRACT(YEAR FROM o."periodStart")::int AS year
    FROM "Observation" o JOIN "Region" r ON r.id = o."regionId"
    WHERE o."indicatorId" = ANY(${[...indicatorIds]})
      AND r.kind::text = ANY(${[...kinds]})
      AND o.status <> 'PROJECTION'
    GROUP BY year
    ORDER BY COUNT(DISTINCT o."indicatorId") = ${indicatorIds.length} DESC, year DESC
    LIMIT 1`);
  return row ? String(row.year) : null;
}

/** Per indicator and region, the latest observation of the year that is not a projection. */
async function findYearValues(
  prisma: PrismaClient,
  indicatorIds: readonly number[],
  regions: readonly Region[],
  year: string,
): Promise<Map<string, ObservationRow>> {
  const rows = await findLatestObservations(
    prisma,
    indicatorIds,
    regions.map((region) => region.id),
    { includeProjections: false, range: parsePeriodRange(year, year) },
  );
  return new Map(rows.map((row) => [pairKey(row.indicatorId, row.regionId), row]));
}

export async function computeComputingPowerIndex(
  prisma: PrismaClient,
  catalogue: Catalogue,
  request: IndexRequest,
) {
  validate(request);
  const kinds = [...new Set(request.regionKinds)];
  const pillars = await prisma.pillar.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    include: { indicators: { orderBy: { name: 'asc' } } },
  });
  const weighted = resolveWeights(pillars, request.pillarWeights, request.indicatorWeights);
  const indicators = weighted.flatMap((pillar) => pillar.indicators);
  const indicatorIds = indicators.map(({ indicator }) => indicator.id);

  const regions = regionsOfKinds(catalogue, kinds);
  const period = request.period ?? (await findDefaultYear(prisma, indicatorIds, kinds));
  const observations = period
    ? await findYearValues(prisma, indicatorIds, regions, period)
    : new Map();

  const values = new Map<number, Map<number, number>>();
  for (const row of observations.values()) {
    const byRegion = values.get(row.indicatorId) ?? new Map<number, number>();
    byRegion.set(row.regionId, row.value);
    values.set(row.indicatorId, byRegion);
  }
  const scores = computeIndex({
    pillars: weighted.map(({ pillar, weight }) => ({ pillarId: pillar.id, weight })),
    indicators: indicators.map(({ indicator, weight, higherIsBetter }) => ({
      indicatorId: indicator.id,
      pillarId: indicator.pillarId,
      weight,
      higherIsBetter,
    })),
    values,
    regionIds: regions.map((region) => region.id),
    normalisation: request.normalisation,
  });

  const regionById = new Map(regions.map((region) => [region.id, region]));
  const pillarById = new Map(weighted.map(({ pillar }) => [pillar.id, pillar]));
  const indicatorById = new Map(indicators.map(({ indicator }) => [indicator.id, indicator]));
  const byContribution = <T extends { contribution: number }>(a: T, b: T) =>
    b.contribution - a.contribution;

  const ranked = scores.filter((score) => score.coverage >= request.minCoverage);
  const entries = competitionRank(ranked, (score) => score.score, 'DESCENDING')
    .filter(({ rank }) => request.limit === null || rank <= request.limit)
    .map(({ rank, item }) => ({
      rank,
      region: regionById.get(item.regionId)!,
      score: item.score,
      coverage: item.coverage,
      pillars: item.pillars
        .map((pillar) => ({ ...pillar, pillar: pillarById.get(pillar.pillarId)! }))
        .sort(byContribution),
      indicators: item.indicators
        .map((indicator) => ({
          ...indicator,
          indicator: indicatorById.get(indicator.indicatorId)!,
          observation: observations.get(pairKey(indicator.indicatorId, item.regionId))!,
        }))
        .sort(byContribution),
    }));
  const excluded = scores
    .filter((score) => score.coverage < request.minCoverage)
    .map((score) => ({ region: regionById.get(score.regionId)!, coverage: score.coverage }));

  return {
    index: {
      period,
      normalisation: request.normalisation,
      minCoverage: request.minCoverage,
      weights: describeWeights(weighted, values),
      entries,
      excluded,
    },
    regions,
  };
}

function describeWeights(
  weighted: readonly WeightedPillar[],
  values: ReadonlyMap<number, ReadonlyMap<number, number>>,
) {
  const total = weighted.reduce((sum, pillar) => sum + pillar.weight, 0);
  return weighted.map(({ pillar, weight, indicators }) => {
    const pillarTotal = indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
    return {
      pillar,
      weight,
      share: weight / total,
      indicators: indicators.map(({ indicator, weight: indicatorWeight }) => ({
        indicator,
        weight: indicatorWeight,
        share: indicatorWeight / pillarTotal,
        regionsCovered: values.get(indicator.id)?.size ?? 0,
      })),
    };
  });
}
