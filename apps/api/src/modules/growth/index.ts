import type { Resolvers } from '../../generated/graphql.js';
import { growth } from './resolvers/Query/growth.js';
import { Series } from './resolvers/Series.js';

const resolvers: Resolvers = { Query: { growth }, Series };

export const growthModule = { resolvers };
