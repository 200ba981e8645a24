import path from 'node:path';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { SyncCount } from '../plan-changes.ts';
import { requireId } from '../require-id.ts';
import type { ArticleFile } from './parse-article.ts';

/**
 * Publishes each article that is not in the database yet, with its tags, links to indicators
 * and regions, and a first revision that keeps them. An article already there is left alone:
 * editors may have changed it since.
 */
export async function seedArticles(
  tx: Prisma.TransactionClient,
  articles: readonly ArticleFile[],
  ids: { indicatorIds: Map<string, number>; regionIds: Map<string, number> },
): Promise<SyncCount> {
  const existing = await tx.article.findMany({
    where: { slug: { in: articles.map((article) => article.slug) } },
    select: { slug: true },
  });
  const stored = new Set(existing.map(({ slug }) => slug));
  const missing = articles.filter((article) => !stored.has(article.slug));
  const publishedAt = new Date();
  for (const article of missing) {
    const { slug, title, summary, body } = article;
    await tx.article.create({
      data: {
        slug,
        title,
        summary,
        body,
        status: 'PUBLISHED',
        publishedAt,
        revisions: {
          create: {
            version: 1,
            title,
            summary,
            body,
            // The metadata as the studio's revisions keep it, lists in code-point order.
            slug,
            tags: [...article.tags].sort(),
            indicatorCodes: [...article.indicators].sort(),
            regionCodes: [...article.regions].sort(),
            message: `Published from ${path.basename(article.file)}`,
          },
        },
        tags: {
          create: article.tags.map((name) => ({
            tag: {
              connectOrCreate: {
                where: { slug: slugify(name) },
                create: { slug: slugify(name), name },
              },
            },
          })),
        },
        indicators: {
          create: article.indicators.map((code) => ({
            indicatorId: requireId(ids.indicatorIds, code, 'indicator'),
          })),
        },
        regions: {
          create: article.regions.map((code) => ({
            regionId: requireId(ids.regionIds, code, 'region'),
          })),
        },
      },
    });
  }
  return { created: missing.length, updated: 0, unchanged: articles.length - missing.length };
}

function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
