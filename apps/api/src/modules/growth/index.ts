import type { Resolvers } from '../../generated/graphql.js';
import { Observation } from './resolvers/Observation.js';
import { growth } from './resolvers/Query/growth.js';
import { Series } from './resolvers/Series.js';

const resolvers: Resolvers = { Query: { growth }, Series, Observation };

export const growthModule = { resolvers };
