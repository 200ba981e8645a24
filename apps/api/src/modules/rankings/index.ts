import type { Resolvers } from '../../generated/graphql.js';
import { ranking } from './resolvers/Query/ranking.js';

const resolvers: Resolvers = { Query: { ranking } };

export const rankingsModule = { resolvers };
