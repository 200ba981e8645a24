import type { Resolvers } from '../../generated/graphql.js';
import { search } from './resolvers/Query/search.js';
import { SearchMatch } from './resolvers/SearchMatch.js';
import { SearchResult } from './resolvers/SearchResult.js';

const resolvers: Resolvers = { Query: { search }, SearchResult, SearchMatch };

export const searchModule = { resolvers };
