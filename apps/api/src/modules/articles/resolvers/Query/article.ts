import type { QueryResolvers } from '../../../../generated/graphql.js';
import { visibleArticles } from '../../visibility.js';

export const article: QueryResolvers['article'] = (_parent, { slug }, { prisma, viewer }) =>
  prisma.article.findFirst({ where: { slug, ...visibleArticles(viewer) } });
