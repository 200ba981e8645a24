import type { Resolvers } from '../../generated/graphql.js';
import { createSource } from './resolvers/Mutation/createSource.js';
import { updateIndicator } from './resolvers/Mutation/updateIndicator.js';
import { updatePillar } from './resolvers/Mutation/updatePillar.js';
import { updateRegion } from './resolvers/Mutation/updateRegion.js';
import { updateSource } from './resolvers/Mutation/updateSource.js';
import { studioSources } from './resolvers/Query/studioSources.js';

const resolvers: Resolvers = {
  Query: { studioSources },
  Mutation: { updateIndicator, updatePillar, updateRegion, updateSource, createSource },
};

export const catalogueAdminModule = { resolvers };
