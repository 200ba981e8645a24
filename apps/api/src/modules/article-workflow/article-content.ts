import type { Prisma } from '@atlas/db';
import { badUserInput } from '../../errors.js';
import { withUnixLineBreaks } from '../common/form-text.js';

/** What an editor writes: the text, which every save keeps as a revision, and the links. */
export interface ArticleContentInput {
  slug: string;
  title: string;
  summary: string;
  body: string;
  tags?: readonly string[];
  indicatorCodes?: readonly string[];
  regionCodes?: readonly string[];
}

/** Checked content: trimmed, links without duplicates. */
export type ArticleContent = Required<ArticleContentInput>;

/** An article's links as its revisions keep them: by name and code, in code-point order. */
export interface ArticleLinks {
  tags: string[];
  indicatorCodes: string[];
  regionCodes: string[];
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const limits = { slug: 120, title: 200, summary: 600, body: 200_000, tags: 20, tag: 60 };

/** Trims the input and checks it, naming the first field that is wrong. */
export function normaliseArticleContent(input: ArticleContentInput): ArticleContent {
  const slug = input.slug.trim();
  if (!slugPattern.test(slug) || slug.length > limits.slug) {
    throw badUserInput(
      `slug "${input.slug}" must be lowercase words of letters and digits joined by hyphens, at most ${limits.slug} characters`,
    );
  }
  const title = input.title.trim();
  if (!title || title.length > limits.title)
    throw badUserInput(`title must have 1 to ${limits.title} characters`);
  const summary = withUnixLineBreaks(input.summary).trim();
  if (!summary || summary.length > limits.summary)
    throw badUserInput(`summary must have 1 to ${limits.summary} characters`);
  const body = withUnixLineBreaks(input.body);
  if (body.length > limits.body)
    throw badUserInput(`body must have at most ${limits.body} characters`);
  const tags = unique((input.tags ?? []).map((tag) => tag.trim()).filter(Boolean));
  if (tags.length > limits.tags) throw badUserInput(`at most ${limits.tags} tags`);
  for (const tag of tags) {
    if (tag.length > limits.tag || !tagSlug(tag))
      throw badUserInput(
        `tag "${tag}" must have 1 to ${limits.tag} characters, some of them letters or digits`,
      );
  }
  return {
    slug,
    title,
    summary,
    body,
    tags,
    indicatorCodes: unique((input.indicatorCodes ?? []).map((code) => code.trim())),
    regionCodes: unique((input.regionCodes ?? []).map((code) => code.trim())),
  };
}

export function tagSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
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

/** The article's links as stored: each tag by its stored name (not as typed), the rest by code. */
export async function readArticleLinks(
  tx: Prisma.TransactionClient,
  articleId: number,
): Promise<ArticleLinks> {
  const { tags, indicators, regions } = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      tags: { select: { tag: { select: { name: true } } } },
      indicators: { select: { indicator: { select: { code: true } } } },
      regions: { select: { region: { select: { code: true } } } },
    },
  });
  return sortedLinks({
    tags: tags.map((link) => link.tag.name),
    indicatorCodes: indicators.map((link) => link.indicator.code),
    regionCodes: regions.map((link) => link.region.code),
  });
}

function sortedLinks({ tags, indicatorCodes, regionCodes }: ArticleLinks): ArticleLinks {
  return {
    tags: tags.sort(),
    indicatorCodes: indicatorCodes.sort(),
    regionCodes: regionCodes.sort(),
  };
}
