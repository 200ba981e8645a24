import type { QueryResolvers } from '../../../../generated/graphql.js';
import { findLatestObservations, pairKey } from '../../observation-store.js';
import { resolveIndicatorsAndRegions } from '../../resolve-selection.js';

export const latest: QueryResolvers['latest'] = async (_parent, args, { prisma, loaders }) => {
  const { indicators, regions } = await resolveIndicatorsAndRegions(
    loaders,
    args.indicators,
    args.regions,
  );
  const rows = await findLatestObservations(
    prisma,
    indicators.map((indicator) => indicator.id),
    regions.map((region) => region.id),
    args.includeProjections,
  );
  const byPair = new Map(rows.map((row) => [pairKey(row.indicatorId, row.regionId), row]));
  return indicators.flatMap((indicator) =>
    regions.flatMap((region) => byPair.get(pairKey(indicator.id, region.id)) ?? []),
  );
};
