import { describe, expect, it } from 'vitest';
import { bibtexCitation, latestPeriod, plainCitation, type Citation } from './citation';

const citation: Citation = {
  key: 'top500_rmax_pflops',
  title: 'TOP500 Rmax & share: United States, China',
  url: 'https://atlas.example/indicators/top500_rmax_pflops?regions=USA,CHN&scale=log',
  figuresTo: '2025-06',
  accessed: new Date('2026-12-03T15:00:00Z'),
};

describe('citations', () => {
  it('writes the plain form with the atlas, title, figures, link and access date', () => {
    expect(plainCitation(citation)).toBe(
      'Compute Atlas. “TOP500 Rmax & share: United States, China”. Figures to Jun 2025. ' +
        'https://atlas.example/indicators/top500_rmax_pflops?regions=USA,CHN&scale=log (accessed 3 December 2026).',
    );
  });

  it('adds when an article was last updated', () => {
    expect(
      plainCitation({ ...citation, figuresTo: null, updated: new Date('2026-11-30T08:00:00Z') }),
    ).toContain('”. updated 30 November 2026.');
  });

  it('writes BibTeX with escaped text and the link unchanged', () => {
    const entry = bibtexCitation(citation);
    expect(entry).toMatch(/^@misc\{computeatlas:top500_rmax_pflops,\n/);
    expect(entry).toContain('  title = {{TOP500 Rmax \\& share: United States, China}},');
    expect(entry).toContain('  author = {{Compute Atlas}},');
    expect(entry).toContain(`  url = {${citation.url}},`);
    expect(entry).toContain('  urldate = {2026-12-03},');
    expect(entry).toContain('  note = {Figures to Jun 2025; accessed 2026-12-03},');
    expect(entry.endsWith('\n}')).toBe(true);
  });

  it('finds the latest period, months and years mixed', () => {
    expect(latestPeriod(['2023', '2024-06', '2024-11', '2019'])).toBe('2024-11');
    expect(latestPeriod([])).toBeNull();
  });
});
