import type { QueryResolvers } from '../../../../generated/graphql.js';
import type { ObservationRow } from '../../observation-row.js';
import { findObservationsInRange, pairKey } from '../../observation-store.js';
import { resolveIndicatorsAndRegions } from '../../resolve-selection.js';
import { parsePeriodRange } from '../../period.js';

export const series: QueryResolvers['series'] = async (_parent, args, { prisma, loaders }) => {
  const range = parsePeriodRange(args.from, args.to);
  const { indicators, regions } = await resolveIndicatorsAndRegions(
    loaders,
    args.indicators,
    args.regions,
  );
  const rows = await findObservationsInRange(
    prisma,
    indicators.map((indicator) => indicator.id),
    regions.map((region) => region.id),
    range,
  );
  const pointsByPair = new Map<string, ObservationRow[]>();
  for (const row of rows) {
    const key = pairKey(row.indicatorId, row.regionId);
    const points = pointsByPair.get(key) ?? [];
    points.push(row);
    pointsByPair.set(key, points);
  }
  return indicators.flatMap((indicator) =>
    regions.map((region) => ({
      indicator,
      region,
      points: pointsByPair.get(pairKey(indicator.id, region.id)) ?? [],
    })),
  );
};
