import type { QueryResolvers } from '../../../../generated/graphql.js';
import { computeAggregateValues } from '../../aggregate-values.js';
import type { ObservationRow } from '../../observation-row.js';
import { findLatestObservations, pairKey } from '../../observation-store.js';
import { resolveIndicatorsAndRegions } from '../../resolve-selection.js';

/** Keeps per pair the row with the latest period; on equal periods the first one seen stays. */
function keepLatest(latestByPair: Map<string, ObservationRow>, rows: readonly ObservationRow[]) {
  for (const row of rows) {
    const key = pairKey(row.indicatorId, row.regionId);
    const current = latestByPair.get(key);
    if (!current || row.periodStart > current.periodStart) latestByPair.set(key, row);
  }
}

export const latest: QueryResolvers['latest'] = async (_parent, args, { prisma, loaders }) => {
  const { indicators, regions } = await resolveIndicatorsAndRegions(
    loaders,
    args.indicators,
    args.regions,
  );
  const [stored, computed] = await Promise.all([
    findLatestObservations(
      prisma,
      indicators.map((indicator) => indicator.id),
      regions.map((region) => region.id),
      { includeProjections: args.includeProjections },
    ),
    args.computeAggregates ? computeAggregateValues(prisma, loaders, indicators, regions, {}) : [],
  ]);
  const latestByPair = new Map<string, ObservationRow>();
  // Stored rows first, so that a stored value wins over a computed one for the same period.
  keepLatest(latestByPair, stored);
  keepLatest(
    latestByPair,
    computed.filter((row) => args.includeProjections || row.status !== 'PROJECTION'),
  );
  return indicators.flatMap((indicator) =>
    regions.flatMap((region) => latestByPair.get(pairKey(indicator.id, region.id)) ?? []),
  );
};
