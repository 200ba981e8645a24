import type { Resolvers } from '../../generated/graphql.js';
import { region } from './resolvers/Query/region.js';
import { regions } from './resolvers/Query/regions.js';
import { Region } from './resolvers/Region.js';

const resolvers: Resolvers = { Query: { regions, region }, Region };

export const regionsModule = { resolvers };
