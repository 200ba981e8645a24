import DataLoader from 'dataloader';
import type { Article, Indicator, PrismaClient, Region, Tag } from '@atlas/db';
import { alignByKey, groupByKey } from '../../loaders/batch.js';

export function createArticleLoaders(prisma: PrismaClient) {
  // By id regardless of status: callers decide what the viewer may see.
  const byId = new DataLoader<number, Article | null>(async (ids) => {
    const rows = await prisma.article.findMany({ where: { id: { in: [...ids] } } });
    return alignByKey(ids, rows, (row) => row.id);
  });

  const tagsByArticleId = new DataLoader<number, Tag[]>(async (articleIds) => {
    const rows = await prisma.articleTag.findMany({
      where: { articleId: { in: [...articleIds] } },
      include: { tag: true },
      orderBy: { tag: { name: 'asc' } },
    });
    return groupByKey(articleIds, rows, (row) => row.articleId).map((group) =>
      group.map((row) => row.tag),
    );
  });

  const indicatorsByArticleId = new DataLoader<number, Indicator[]>(async (articleIds) => {
    const rows = await prisma.articleIndicator.findMany({
      where: { articleId: { in: [...articleIds] } },
      include: { indicator: true },
      orderBy: { indicator: { name: 'asc' } },
    });
    return groupByKey(articleIds, rows, (row) => row.articleId).map((group) =>
      group.map((row) => row.indicator),
    );
  });

  const regionsByArticleId = new DataLoader<number, Region[]>(async (articleIds) => {
    const rows = await prisma.articleRegion.findMany({
      where: { articleId: { in: [...articleIds] } },
      include: { region: true },
      orderBy: { region: { name: 'asc' } },
    });
    return groupByKey(articleIds, rows, (row) => row.articleId).map((group) =>
      group.map((row) => row.region),
    );
  });

  return { byId, tagsByArticleId, indicatorsByArticleId, regionsByArticleId };
}

export type ArticleLoaders = ReturnType<typeof createArticleLoaders>;
