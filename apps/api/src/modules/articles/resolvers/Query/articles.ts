import { badUserInput } from '../../../../errors.js';
import type { QueryResolvers } from '../../../../generated/graphql.js';
import { newestFirst, visibleArticles } from '../../visibility.js';

export const maxArticlesPage = 100;

export const articles: QueryResolvers['articles'] = (_parent, { first }, { prisma, viewer }) => {
  if (first < 1 || first > maxArticlesPage) {
    throw badUserInput(`first must be between 1 and ${maxArticlesPage}, got ${first}`, 'first');
  }
  return prisma.article.findMany({
    where: visibleArticles(viewer),
    orderBy: newestFirst,
    take: first,
  });
};
