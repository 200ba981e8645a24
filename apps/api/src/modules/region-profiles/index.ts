import type { Resolvers } from '../../generated/graphql.js';
import { Region } from './resolvers/Region.js';

const resolvers: Resolvers = { Region };

/** What a region's profile shows beyond the region itself: every series and the peer comparison. */
export const regionProfilesModule = { resolvers };
