import { describe, expect, it } from 'vitest';
import type { StudioArticleFieldsFragment } from '@/gql/graphql';
import { contentOf, draftOf } from './draft';

const article: StudioArticleFieldsFragment = {
  id: 7,
  slug: 'exascale',
  title: 'Exascale',
  summary: 'The first machines',
  body: '# Exascale',
  status: 'DRAFT',
  version: 3,
  publishedAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  author: { name: 'Editor' },
  tags: [{ name: 'supercomputers' }, { name: 'energy' }],
  indicators: [{ code: 'top500_rmax_pflops' }],
  regions: [{ code: 'USA' }, { code: 'CHN' }],
  allowedActions: ['SAVE', 'SUBMIT'],
  typedFigures: [],
};

describe('draftOf and contentOf', () => {
  it('round-trip an article through the editor fields', () => {
    const draft = draftOf(article);
    expect(draft.tags).toBe('supercomputers, energy');
    expect(contentOf(draft)).toEqual({
      slug: 'exascale',
      title: 'Exascale',
      summary: 'The first machines',
      body: '# Exascale',
      tags: ['supercomputers', 'energy'],
      indicatorCodes: ['top500_rmax_pflops'],
      regionCodes: ['USA', 'CHN'],
    });
  });

  it('starts a new article empty and drops blank tags', () => {
    expect(contentOf({ ...draftOf(null), tags: ' a, ,b ,' }).tags).toEqual(['a', 'b']);
    expect(draftOf(null).body).toBe('');
  });
});
