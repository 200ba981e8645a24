import type { StudioArticleFieldsFragment } from '@/gql/graphql';

/** The editor's fields as typed: tags as one comma-separated line, links by code. */
export interface Draft {
  slug: string;
  title: string;
  summary: string;
  body: string;
  tags: string;
  indicatorCodes: string[];
  regionCodes: string[];
}

/** The fields of a stored article, or empty ones for a new article. */
export function draftOf(article: StudioArticleFieldsFragment | null): Draft {
  return {
    slug: article?.slug ?? '',
    title: article?.title ?? '',
    summary: article?.summary ?? '',
    body: article?.body ?? '',
    tags: article?.tags.map((tag) => tag.name).join(', ') ?? '',
    indicatorCodes: article?.indicators.map((indicator) => indicator.code) ?? [],
    regionCodes: article?.regions.map((region) => region.code) ?? [],
  };
}

/** The content to send the API: tags split on commas, trimmed, empty ones dropped. */
export function contentOf(draft: Draft) {
  return {
    slug: draft.slug,
    title: draft.title,
    summary: draft.summary,
    body: draft.body,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    indicatorCodes: draft.indicatorCodes,
    regionCodes: draft.regionCodes,
  };
}
