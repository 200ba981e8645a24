import { describe, expect, it } from 'vitest';
import { cacheTags, cacheTagsFor } from './cache-tags.ts';

describe('cacheTagsFor', () => {
  it('names the article pages, the article list, indicator pages and shared lists', () => {
    expect(
      cacheTagsFor({
        articles: ['old-slug', 'new-slug'],
        indicators: ['top500_systems'],
        regions: true,
      }),
    ).toEqual([
      'article:old-slug',
      'article:new-slug',
      'articles',
      'indicator:top500_systems',
      'indicators',
      'regions',
    ]);
    expect(cacheTagsFor({ catalogue: true })).toEqual(['catalogue']);
    expect(cacheTagsFor({ glossary: true })).toEqual([cacheTags.glossary]);
    expect(cacheTagsFor({})).toEqual([]);
  });

  it('names each tag once', () => {
    expect(cacheTagsFor({ articles: ['a', 'a'], indicators: ['x', 'x'] })).toEqual([
      'article:a',
      'articles',
      'indicator:x',
      'indicators',
    ]);
  });

  it('uses the names the portal tags its reads with', () => {
    expect(cacheTagsFor({ indicators: ['gdp'] })).toEqual([
      cacheTags.indicator('gdp'),
      cacheTags.anyIndicator,
    ]);
    expect(cacheTagsFor({ articles: ['s'] })).toEqual([cacheTags.article('s'), cacheTags.articles]);
  });
});
