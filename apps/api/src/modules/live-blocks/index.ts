import type { Resolvers } from '../../generated/graphql.js';
import { liveCharts } from './resolvers/Query/liveCharts.js';
import { liveFigures } from './resolvers/Query/liveFigures.js';
import { liveRankings } from './resolvers/Query/liveRankings.js';

const resolvers: Resolvers = { Query: { liveFigures, liveCharts, liveRankings } };

/** The data of an article's live blocks, all of them in one request. */
export const liveBlocksModule = { resolvers };
