import { describe, expect, it } from 'vitest';
import { rankRelated, type ArticleSubjects } from './rank-related.js';

function subjects(id: number, links: Partial<ArticleSubjects> = {}): ArticleSubjects {
  return {
    id,
    slug: `article-${id}`,
    publishedAt: new Date(Date.UTC(2025, 0, id)),
    indicatorIds: [],
    regionIds: [],
    tagIds: [],
    pillarIds: [],
    ...links,
  };
}

describe('rankRelated', () => {
  const article = subjects(1, {
    indicatorIds: [1, 2],
    regionIds: [10],
    tagIds: [5],
    pillarIds: [7],
  });

  it('ranks shared figures above shared labels, then the newest first', () => {
    const ranked = rankRelated(article, [
      subjects(2, { tagIds: [5], pillarIds: [7] }),
      subjects(3, { regionIds: [10] }),
      subjects(4, { indicatorIds: [1, 2] }),
      subjects(5, { regionIds: [10] }),
    ]);
    expect(ranked.map((candidate) => candidate.id)).toEqual([4, 5, 3, 2]);
  });

  it('leaves out the article itself and those that share nothing', () => {
    const ranked = rankRelated(article, [article, subjects(6, { indicatorIds: [3] })]);
    expect(ranked).toEqual([]);
  });

  it('counts a pillar once however many indicators of it both use', () => {
    const ranked = rankRelated(subjects(1, { pillarIds: [7, 7, 7] }), [
      subjects(2, { pillarIds: [7, 7] }),
      subjects(3, { pillarIds: [7], tagIds: [] }),
    ]);
    expect(ranked.map((candidate) => candidate.id)).toEqual([3, 2]);
  });
});
