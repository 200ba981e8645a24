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
};
