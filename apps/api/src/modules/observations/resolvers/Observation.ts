import type { ObservationResolvers } from '../../../generated/graphql.js';
import { loadExisting } from '../../../loaders/load-existing.js';

export const Observation: ObservationResolvers = {
  indicator: (row, _args, { loaders }) =>
    loadExisting(loaders.indicators.byId, row.indicatorId, 'indicator'),
  region: (row, _args, { loaders }) => loadExisting(loaders.regions.byId, row.regionId, 'region'),
  source: (row, _args, { loaders }) =>
    row.sourceId === null ? null : loaders.indicators.sourceOf(row.sourceId),
  computed: (row) => row.computedFrom !== undefined,
  computedFrom: (row) => row.computedFrom ?? [],
};
