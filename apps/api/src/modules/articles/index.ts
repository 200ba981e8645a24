import type { Resolvers } from '../../generated/graphql.js';
import { Article } from './resolvers/Article.js';
import { article } from './resolvers/Query/article.js';
import { articles } from './resolvers/Query/articles.js';

const resolvers: Resolvers = { Query: { article, articles }, Article };

export const articlesModule = { resolvers };
