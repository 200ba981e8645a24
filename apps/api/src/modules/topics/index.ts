import type { Resolvers } from '../../generated/graphql.js';
import { Article } from './resolvers/Article.js';
import { Indicator } from './resolvers/Indicator.js';
import { topic } from './resolvers/Query/topic.js';
import { topics } from './resolvers/Query/topics.js';
import { Region } from './resolvers/Region.js';
import { Topic } from './resolvers/Topic.js';

const resolvers: Resolvers = { Query: { topics, topic }, Topic, Article, Indicator, Region };

/** Reading paths through the articles: topics, related articles, the articles of a page. */
export const topicsModule = { resolvers };
