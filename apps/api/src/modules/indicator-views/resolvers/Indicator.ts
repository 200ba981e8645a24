import { badUserInput } from '../../../errors.js';
import type { IndicatorResolvers } from '../../../generated/graphql.js';
import { parsePeriodArgument } from '../../observations/period.js';
import { indicatorChart } from '../indicator-chart.js';
import { indicatorMap } from '../indicator-map.js';
import { perCapitaAvailable } from '../per-capita.js';
import { defaultRegions, measuredRegions } from '../region-selection.js';

const maxDefaultRegions = 12;

export const Indicator: IndicatorResolvers = {
  measuredRegions: async (indicator, _args, { prisma, catalogue, loaders }) =>
    loaders.regions.prime(await measuredRegions(prisma, await catalogue.get(), indicator.id)),
  defaultRegions: async (indicator, { count }, { prisma, catalogue, loaders }) => {
    if (count < 1 || count > maxDefaultRegions) {
      throw badUserInput(`count must be between 1 and ${maxDefaultRegions}, got ${count}`, 'count');
    }
    return loaders.regions.prime(
      await defaultRegions(prisma, await catalogue.get(), indicator, count),
    );
  },
  perCapitaAvailable: (indicator) => perCapitaAvailable(indicator),
  chart: async (indicator, args, { prisma, catalogue, loaders }) => {
    const chart = await indicatorChart(prisma, await catalogue.get(), indicator, args);
    loaders.regions.prime(chart.regions);
    return chart;
  },
  map: async (indicator, args, { prisma, catalogue, loaders }) => {
    if (args.period != null) parsePeriodArgument(args.period, 'period');
    const map = await indicatorMap(prisma, await catalogue.get(), indicator, {
      period: args.period ?? null,
      perCapita: args.perCapita,
    });
    if (map) loaders.regions.prime(map.entries.map((entry) => entry.region));
    return map;
  },
};
