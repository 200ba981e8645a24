import DataLoader from 'dataloader';
import type { Article, Prisma, PrismaClient } from '@atlas/db';
import { groupByKey } from '../../loaders/batch.js';
import { newestFirst } from '../articles/visibility.js';
import { rankRelated, type ArticleSubjects } from './rank-related.js';

// Topics, related articles and the articles of a page are for readers: published ones only.
const published = { status: 'PUBLISHED' } as const;

const subjectLinks = {
  tags: { select: { tagId: true } },
  regions: { select: { regionId: true } },
  indicators: { select: { indicatorId: true, indicator: { select: { pillarId: true } } } },
} satisfies Prisma.ArticleInclude;

type ArticleWithLinks = Prisma.ArticleGetPayload<{ include: typeof subjectLinks }>;

function subjectsOf(article: ArticleWithLinks): ArticleSubjects {
  return {
    id: article.id,
    slug: article.slug,
    publishedAt: article.publishedAt,
    tagIds: article.tags.map((link) => link.tagId),
    regionIds: article.regions.map((link) => link.regionId),
    indicatorIds: article.indicators.map((link) => link.indicatorId),
    pillarIds: article.indicators.map((link) => link.indicator.pillarId),
  };
}

function withoutLinks({ tags: _t, regions: _r, indicators: _i, ...article }: ArticleWithLinks) {
  return article;
}

export function createTopicLoaders(prisma: PrismaClient) {
  /** A topic's articles: tagged with its slug, or using an indicator of the pillar of that code. */
  const articlesByTopicSlug = new DataLoader<string, Article[]>(async (slugs) => {
    const rows = await prisma.article.findMany({
      where: {
        ...published,
        OR: [
          { tags: { some: { tag: { slug: { in: [...slugs] } } } } },
          { indicators: { some: { indicator: { pillar: { code: { in: [...slugs] } } } } } },
        ],
      },
      include: {
        tags: { select: { tag: { select: { slug: true } } } },
        indicators: { select: { indicator: { select: { pillar: { select: { code: true } } } } } },
      },
      orderBy: newestFirst,
    });
    return slugs.map((slug) =>
      rows
        .filter(
          (row) =>
            row.tags.some((link) => link.tag.slug === slug) ||
            row.indicators.some((link) => link.indicator.pillar.code === slug),
        )
        .map(({ tags: _t, indicators: _i, ...article }) => article),
    );
  });

  const articlesByIndicatorId = new DataLoader<number, Article[]>(async (indicatorIds) => {
    const rows = await prisma.articleIndicator.findMany({
      where: { indicatorId: { in: [...indicatorIds] }, article: published },
      include: { article: true },
      orderBy: newestFirst.map((order) => ({ article: order })),
    });
    return groupByKey(indicatorIds, rows, (row) => row.indicatorId).map((group) =>
      group.map((row) => row.article),
    );
  });

  const articlesByRegionId = new DataLoader<number, Article[]>(async (regionIds) => {
    const rows = await prisma.articleRegion.findMany({
      where: { regionId: { in: [...regionIds] }, article: published },
      include: { article: true },
      orderBy: newestFirst.map((order) => ({ article: order })),
    });
    return groupByKey(regionIds, rows, (row) => row.regionId).map((group) =>
      group.map((row) => row.article),
    );
  });

  /** Every related article of each article, best first (see rankRelated). */
  const relatedByArticleId = new DataLoader<number, Article[]>(async (articleIds) => {
    const sources = (
      await prisma.article.findMany({
        where: { id: { in: [...articleIds] } },
        include: subjectLinks,
      })
    ).map(subjectsOf);
    const ids = (pick: (subjects: ArticleSubjects) => readonly number[]) => [
      ...new Set(sources.flatMap(pick)),
    ];
    // Sharing a pillar is the widest tie, so it finds every candidate that shares an indicator too.
    const candidates = await prisma.article.findMany({
      where: {
        ...published,
        OR: [
          { indicators: { some: { indicator: { pillarId: { in: ids((s) => s.pillarIds) } } } } },
          { regions: { some: { regionId: { in: ids((s) => s.regionIds) } } } },
          { tags: { some: { tagId: { in: ids((s) => s.tagIds) } } } },
        ],
      },
      include: subjectLinks,
    });
    const rowsById = new Map(candidates.map((row) => [row.id, withoutLinks(row)]));
    const candidateSubjects = candidates.map(subjectsOf);
    return articleIds.map((id) => {
      const source = sources.find((subjects) => subjects.id === id);
      if (!source) return [];
      return rankRelated(source, candidateSubjects).map((subjects) => rowsById.get(subjects.id)!);
    });
  });

  return { articlesByTopicSlug, articlesByIndicatorId, articlesByRegionId, relatedByArticleId };
}

export type TopicLoaders = ReturnType<typeof createTopicLoaders>;
