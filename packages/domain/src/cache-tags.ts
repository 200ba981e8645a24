/**
 * Tags of the portal's data cache: the portal files each API answer under them, and the API
 * names them when data changes so the portal refreshes exactly those pages.
 */
export const cacheTags = {
  /** Observations, metadata or sources of one indicator. */
  indicator: (code: string) => `indicator:${code}`,
  /** Observations of any indicator: answers that combine every indicator (the index) depend on them all. */
  anyIndicator: 'indicators',
  /** The list of indicators and pillars. */
  catalogue: 'catalogue',
  /** Regions, their names and memberships. */
  regions: 'regions',
  /** One article by slug. */
  article: (slug: string) => `article:${slug}`,
  /** Lists of articles. */
  articles: 'articles',
  /** The glossary's terms, shown on its page and in the popovers of articles and indicators. */
  glossary: 'glossary',
} as const;

/** What changed on the public site, so the portal can refresh exactly those pages. */
export interface PublicChange {
  /** Slugs of articles whose public page appeared, changed or disappeared. */
  articles?: string[];
  /** Codes of indicators whose observations or description changed. */
  indicators?: string[];
  /** True when the list of pillars and indicators changed. */
  catalogue?: boolean;
  /** True when region names or descriptions changed. */
  regions?: boolean;
  /** True when a glossary term was added or changed. */
  glossary?: boolean;
}

/** The cache tags a change makes stale, each once. */
export function cacheTagsFor(change: PublicChange): string[] {
  const tags = [
    ...(change.articles ?? []).map(cacheTags.article),
    ...(change.articles?.length ? [cacheTags.articles] : []),
    ...(change.indicators ?? []).map(cacheTags.indicator),
    ...(change.indicators?.length ? [cacheTags.anyIndicator] : []),
    ...(change.catalogue ? [cacheTags.catalogue] : []),
    ...(change.regions ? [cacheTags.regions] : []),
    ...(change.glossary ? [cacheTags.glossary] : []),
  ];
  return [...new Set(tags)];
}
