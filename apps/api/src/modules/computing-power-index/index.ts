import type { Resolvers } from '../../generated/graphql.js';
import { computingPowerIndex } from './resolvers/Query/computingPowerIndex.js';

const resolvers: Resolvers = { Query: { computingPowerIndex } };

export const computingPowerIndexModule = { resolvers };
