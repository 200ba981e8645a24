import type { ObservationResolvers } from '../../../generated/graphql.js';
import { previousYearPeriod, relativeChange } from '../growth-math.js';

export const Observation: ObservationResolvers = {
  yearOnYear: async (row, _args, { loaders }) => {
    const previousPeriod = previousYearPeriod(row.period);
    const previousValue = await loaders.growth.storedValue.load({
      indicatorId: row.indicatorId,
      regionId: row.regionId,
      period: previousPeriod,
    });
    return {
      period: row.period,
      value: row.value,
      previousPeriod,
      previousValue,
      rate: previousValue === null ? null : relativeChange(previousValue, row.value),
    };
  },
};
