/**
 * Cache tags shared by the pages that read data and the revalidation route that the API
 * calls when data changes. Keep the two in step through these functions only.
 */
export const cacheTags = {
  /** Observations, metadata or sources of one indicator. */
  indicator: (code: string) => `indicator:${code}`,
  /** The list of indicators and pillars. */
  catalogue: 'catalogue',
  /** Regions, their names and memberships. */
  regions: 'regions',
  /** One article by slug. */
  article: (slug: string) => `article:${slug}`,
  /** Lists of articles. */
  articles: 'articles',
} as const;
