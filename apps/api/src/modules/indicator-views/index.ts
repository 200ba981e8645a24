import type { Resolvers } from '../../generated/graphql.js';
import { Indicator } from './resolvers/Indicator.js';

const resolvers: Resolvers = { Indicator };

/** What an indicator page shows, answered in one request: the selection, chart and map. */
export const indicatorViewsModule = { resolvers };
