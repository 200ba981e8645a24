import { observationColumns } from '@atlas/db';
import { badUserInput } from '../../../../errors.js';
import type { QueryResolvers } from '../../../../generated/graphql.js';
import { pairKey } from '../../../observations/observation-store.js';
import { parsePeriodArgument } from '../../../observations/period.js';
import { resolveIndicatorsAndRegions } from '../../../observations/resolve-selection.js';
import { compoundAnnualGrowthRate, relativeChange, yearsBetween } from '../../growth-math.js';

export const growth: QueryResolvers['growth'] = async (_parent, args, { prisma, loaders }) => {
  const start = parsePeriodArgument(args.from, 'from');
  const end = parsePeriodArgument(args.to, 'to');
  if (start.start > end.start) {
    throw badUserInput(`from (${args.from}) must not come after to (${args.to})`, 'from');
  }
  const { indicators, regions } = await resolveIndicatorsAndRegions(
    loaders,
    args.indicators,
    args.regions,
  );
  const rows = await prisma.observation.findMany({
    where: {
      indicatorId: { in: indicators.map((indicator) => indicator.id) },
      regionId: { in: regions.map((region) => region.id) },
      period: { in: [args.from, args.to] },
    },
    select: observationColumns,
  });
  const byPairAndPeriod = new Map(
    rows.map((row) => [`${pairKey(row.indicatorId, row.regionId)}@${row.period}`, row]),
  );
  const years = yearsBetween(start.start, end.start);

  return indicators.flatMap((indicator) =>
    regions.map((region) => {
      const key = pairKey(indicator.id, region.id);
      const first = byPairAndPeriod.get(`${key}@${args.from}`) ?? null;
      const last = byPairAndPeriod.get(`${key}@${args.to}`) ?? null;
      const both = first && last ? { from: first.value, to: last.value } : null;
      return {
        indicator,
        region,
        start: first,
        end: last,
        years,
        absoluteChange: both && both.to - both.from,
        relativeChange: both && relativeChange(both.from, both.to),
        cagr: both && compoundAnnualGrowthRate(both.from, both.to, years),
      };
    }),
  );
};
