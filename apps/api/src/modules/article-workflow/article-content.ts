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
