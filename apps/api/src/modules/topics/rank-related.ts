/** What an article is about, by the ids of what it links to. */
export interface ArticleSubjects {
  id: number;
  publishedAt: Date | null;
  slug: string;
  indicatorIds: readonly number[];
  regionIds: readonly number[];
  tagIds: readonly number[];
  pillarIds: readonly number[];
}

function shared(a: readonly number[], b: readonly number[]): number {
  const set = new Set(a);
  return new Set(b.filter((id) => set.has(id))).size;
}

/**
 * The candidates related to an article, best first: most indicators and regions in common, then
 * most tags and pillars in common, then newest, then by slug. The article itself and candidates
 * that share nothing are left out.
 */
export function rankRelated(
  article: ArticleSubjects,
  candidates: readonly ArticleSubjects[],
): ArticleSubjects[] {
  return candidates
    .filter((candidate) => candidate.id !== article.id)
    .map((candidate) => ({
      candidate,
      figures:
        shared(article.indicatorIds, candidate.indicatorIds) +
        shared(article.regionIds, candidate.regionIds),
      labels:
        shared(article.tagIds, candidate.tagIds) + shared(article.pillarIds, candidate.pillarIds),
    }))
    .filter(({ figures, labels }) => figures + labels > 0)
    .sort(
      (a, b) =>
        b.figures - a.figures ||
        b.labels - a.labels ||
        (b.candidate.publishedAt?.getTime() ?? 0) - (a.candidate.publishedAt?.getTime() ?? 0) ||
        (a.candidate.slug < b.candidate.slug ? -1 : a.candidate.slug > b.candidate.slug ? 1 : 0),
    )
    .map(({ candidate }) => candidate);
}
