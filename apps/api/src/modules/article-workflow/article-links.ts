import type { Prisma } from '@atlas/db';
import { badUserInput } from '../../errors.js';
import { tagSlug, type ArticleContent } from './article-content.js';

/** An article's links as its revisions keep them: by name and code, in code-point order. */
export interface ArticleLinks {
  tags: string[];
  indicatorCodes: string[];
  regionCodes: string[];
}

/**
 * Replaces the article's tags, indicators and regions with those of the content; unknown
 * indicator or region codes are refused by name. Returns the links as written.
 */
export async function writeArticleLinks(
  tx: Prisma.TransactionClient,
  articleId: number,
  content: ArticleContent,
): Promise<ArticleLinks> {
  const indicators = await tx.indicator.findMany({
    where: { code: { in: [...content.indicatorCodes] } },
    select: { id: true, code: true },
  });
  const regions = await tx.region.findMany({
    where: { code: { in: [...content.regionCodes] } },
    select: { id: true, code: true },
  });
  const missing = (codes: readonly string[], found: { code: string }[]) =>
    codes.filter((code) => !found.some((row) => row.code === code));
  const unknownIndicators = missing(content.indicatorCodes, indicators);
  if (unknownIndicators.length)
    throw badUserInput(`unknown indicator ${unknownIndicators.join(', ')}`);
  const unknownRegions = missing(content.regionCodes, regions);
  if (unknownRegions.length) throw badUserInput(`unknown region ${unknownRegions.join(', ')}`);

  const tags = new Map<number, string>();
  for (const name of content.tags) {
    const slug = tagSlug(name);
    const tag = await tx.tag.upsert({
      where: { slug },
      create: { slug, name },
      update: {},
      select: { id: true, name: true },
    });
    tags.set(tag.id, tag.name);
  }
  await tx.articleTag.deleteMany({ where: { articleId } });
  await tx.articleIndicator.deleteMany({ where: { articleId } });
  await tx.articleRegion.deleteMany({ where: { articleId } });
  await tx.articleTag.createMany({ data: [...tags.keys()].map((tagId) => ({ articleId, tagId })) });
  await tx.articleIndicator.createMany({
    data: indicators.map((indicator) => ({ articleId, indicatorId: indicator.id })),
  });
  await tx.articleRegion.createMany({
    data: regions.map((region) => ({ articleId, regionId: region.id })),
  });
  return sortedLinks({
    tags: [...tags.values()],
    indicatorCodes: indicators.map((indicator) => indicator.code),
    regionCodes: regions.map((region) => region.code),
  });
}

function sortedLinks({ tags, indicatorCodes, regionCodes }: ArticleLinks): ArticleLinks {
  return {
    tags: tags.sort(),
    indicatorCodes: indicatorCodes.sort(),
    regionCodes: regionCodes.sort(),
  };
}
