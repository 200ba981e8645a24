import type { SeriesResolvers } from '../../../generated/graphql.js';
import { previousYearPeriod, relativeChange } from '../growth-math.js';

export const Series: SeriesResolvers = {
  yearOnYear: (series) => {
    const valueByPeriod = new Map(series.history.map((row) => [row.period, row.value]));
    return series.points.map((point) => {
      const previousPeriod = previousYearPeriod(point.period);
      const previousValue = valueByPeriod.get(previousPeriod) ?? null;
      return {
        period: point.period,
        value: point.value,
        previousPeriod,
        previousValue,
        rate: previousValue === null ? null : relativeChange(previousValue, point.value),
      };
    });
  },
};
