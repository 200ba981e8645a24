import type { PillarResolvers } from '../../../generated/graphql.js';

export const Pillar: PillarResolvers = {
  indicators: (pillar, _args, { loaders }) => loaders.indicators.byPillarId.load(pillar.id),
};
