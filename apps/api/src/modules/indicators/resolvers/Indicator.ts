import type { IndicatorResolvers } from '../../../generated/graphql.js';
import { loadExisting } from '../../../loaders/load-existing.js';

export const Indicator: IndicatorResolvers = {
  pillar: (indicator, _args, { loaders }) =>
    loadExisting(loaders.indicators.pillarById, indicator.pillarId, 'pillar'),
  sources: (indicator, _args, { loaders }) =>
    loaders.indicators.sourcesByIndicatorId.load(indicator.id),
  regions: async (indicator, _args, { loaders }) =>
    loaders.regions.prime(await loaders.indicators.regionsByIndicatorId.load(indicator.id)),
  periods: (indicator, _args, { loaders }) =>
    loaders.indicators.periodsByIndicatorId.load(indicator.id),
  lastUpdated: async (indicator, _args, { loaders }) => {
    const { valuesUpdatedAt } = await loaders.indicators.observationSummaryByIndicatorId.load(
      indicator.id,
    );
    // A metadata edit touches the indicator's own row; an import or an edit touches its values.
    return valuesUpdatedAt && valuesUpdatedAt > indicator.updatedAt
      ? valuesUpdatedAt
      : indicator.updatedAt;
  },
  coverage: async (indicator, _args, { loaders }) => {
    const summary = await loaders.indicators.observationSummaryByIndicatorId.load(indicator.id);
    const { regionCount, countryCount, periodCount, firstPeriod, lastPeriod } = summary;
    return { regionCount, countryCount, periodCount, firstPeriod, lastPeriod };
  },
};
