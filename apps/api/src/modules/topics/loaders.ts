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

const linkedNewestFirst = newestFirst.map((order) => ({ article: order }));

/** A loader of the articles linked to each key, in the order the query returns them. */
function articlesByLink<K>(find: (keys: K[]) => Promise<{ key: K; article: Article }[]>) {
  return new DataLoader<K, Article[]>(async (keys) =>
    groupByKey(keys, await find([...keys]), (row) => row.key).map((group) =>
      group.map((row) => row.article),
    ),
  );
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

  const articlesByIndicatorId = articlesByLink<number>(async (ids) =>
    (
      await prisma.articleIndicator.findMany({
        where: { indicatorId: { in: ids }, article: published },
        include: { article: true },
        orderBy: linkedNewestFirst,
      })
    ).map((row) => ({ key: row.indicatorId, article: row.article })),
  );

  const articlesByRegionId = articlesByLink<number>(async (ids) =>
    (
      await prisma.articleRegion.findMany({
        where: { regionId: { in: ids }, article: published },
        include: { article: true },
        orderBy: linkedNewestFirst,
      })
    ).map((row) => ({ key: row.regionId, article: row.article })),
  );

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
