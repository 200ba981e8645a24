import type { QueryResolvers } from '../../../../generated/graphql.js';
import { computeAggregateValues, withComputedValues } from '../../aggregate-values.js';
import { sourceIdsOf, type ObservationRow } from '../../observation-row.js';
import { findObservationsInRange, pairKey } from '../../observation-store.js';
import { parsePeriodRange } from '../../period.js';
import { resolveIndicatorsAndRegions } from '../../resolve-selection.js';

function oneYearEarlier(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
}

export const series: QueryResolvers['series'] = async (_parent, args, { prisma, loaders }) => {
  const range = parsePeriodRange(args.from, args.to);
  const { indicators, regions } = await resolveIndicatorsAndRegions(
    loaders,
    args.indicators,
    args.regions,
  );
  // One year more than asked, so that year-on-year growth has its base for the first points.
  const historyRange = { ...range, startFrom: range.startFrom && oneYearEarlier(range.startFrom) };
  const [stored, computed] = await Promise.all([
    findObservationsInRange(
      prisma,
      indicators.map((indicator) => indicator.id),
      regions.map((region) => region.id),
      historyRange,
    ),
    args.computeAggregates
      ? computeAggregateValues(prisma, loaders, indicators, regions, historyRange)
      : [],
  ]);
  const rows = withComputedValues(stored, computed);
  // Loaded with the points, so that each point's source resolves at once (one statement).
  await loaders.indicators.sourceById.loadMany(sourceIdsOf(rows));
  const historyByPair = new Map<string, ObservationRow[]>();
  for (const row of rows) {
    const key = pairKey(row.indicatorId, row.regionId);
    const history = historyByPair.get(key) ?? [];
    history.push(row);
    historyByPair.set(key, history);
  }
  const inRange = (row: ObservationRow) => !range.startFrom || row.periodStart >= range.startFrom;
  return indicators.flatMap((indicator) =>
    regions.map((region) => {
      const history = historyByPair.get(pairKey(indicator.id, region.id)) ?? [];
      return { indicator, region, history, points: history.filter(inRange) };
    }),
  );
};
