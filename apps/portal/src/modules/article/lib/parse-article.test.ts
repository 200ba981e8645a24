import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { blockTagName, parseArticle } from './parse-article';

function html(tree: Root): string {
  return toHtml(tree);
}

function placeholders(tree: Root): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === blockTagName) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

describe('parseArticle', () => {
  it('turns live directives into numbered placeholders with checked specs', () => {
    const parsed = parseArticle(
      [
        'The world had :live{indicator="compute_total_eflops" region="WLD"} of computing power.',
        '',
        '::chart{indicator="top500_rmax_pflops" regions="USA, CHN,JPN" from="2019" to="2025-06"}',
        '',
        '::ranking{indicator="top500_systems" period="2024-11" limit="5"}',
      ].join('\n'),
    );
    expect(parsed.blocks).toEqual([
      { kind: 'live', spec: { indicator: 'compute_total_eflops', region: 'WLD' } },
      {
        kind: 'chart',
        spec: {
          indicator: 'top500_rmax_pflops',
          regions: ['USA', 'CHN', 'JPN'],
          from: '2019',
          to: '2025-06',
        },
      },
      { kind: 'ranking', spec: { indicator: 'top500_systems', period: '2024-11', limit: 5 } },
    ]);
    const found = placeholders(parsed.tree);
    expect(found.map((node) => [node.properties.block, node.properties.inline])).toEqual([
      ['0', 'true'],
      ['1', 'false'],
      ['2', 'false'],
    ]);
  });

  it('names the problem of an invalid block instead of failing the article', () => {
    const parsed = parseArticle(
      [
        '::chart{indicator="top500_rmax_pflops"}',
        '',
        '::ranking{indicator="top500_systems" period="2024-13"}',
        '',
        'Inline :chart{indicator="x" regions="USA"} is not allowed.',
        '',
        ':live{region="WLD"}',
      ].join('\n'),
    );
    expect(parsed.blocks).toEqual([
      { kind: 'invalid', directive: 'chart', problem: 'regions is required' },
      {
        kind: 'invalid',
        directive: 'ranking',
        problem: 'period must be a period, YYYY or YYYY-MM',
      },
      {
        kind: 'invalid',
        directive: 'chart',
        problem: 'must stand on a line of its own, written ::chart{…}',
      },
      { kind: 'invalid', directive: 'live', problem: 'indicator is required' },
    ]);
  });

  it('keeps unknown text directives as the text the author wrote', () => {
    const parsed = parseArticle('Meet at 10:30 in room:blue for the talk.');
    expect(html(parsed.tree)).toBe('<p>Meet at 10:30 in room:blue for the talk.</p>');
    expect(parsed.blocks).toEqual([]);
  });

  it('never lets raw HTML or script URLs through', () => {
    const parsed = parseArticle(
      [
        '<script>alert(1)</script>',
        '',
        'Text <img src="x" onerror="alert(2)"> and <a href="#" onclick="alert(3)">link</a>.',
        '',
        '[bad](javascript:alert(4)) <atlas-block block="0"></atlas-block>',
      ].join('\n'),
    );
    const output = html(parsed.tree);
    expect(output).not.toMatch(/script|onerror|onclick|javascript:|<img|atlas-block/i);
    expect(placeholders(parsed.tree)).toHaveLength(0);
  });

  it('gives h2 and h3 headings ids and lists them for the table of contents', () => {
    const parsed = parseArticle(
      '## Why it matters\n\ntext\n\n### Supply & demand\n\n## Why it matters',
    );
    expect(parsed.toc).toEqual([
      { id: 'why-it-matters', text: 'Why it matters', depth: 2 },
      { id: 'supply--demand', text: 'Supply & demand', depth: 3 },
      { id: 'why-it-matters-1', text: 'Why it matters', depth: 2 },
    ]);
    expect(html(parsed.tree)).toContain('<h2 id="why-it-matters">');
  });

  it('renders GitHub-flavoured tables', () => {
    const parsed = parseArticle('| a | b |\n| - | - |\n| 1 | 2 |');
    expect(html(parsed.tree)).toContain('<table>');
  });

  it('can move headings down a level for a document shown inside a page', () => {
    const parsed = parseArticle('# Method\n\n## Steps', { demoteHeadings: 1 });
    expect(html(parsed.tree)).toBe('<h2 id="method">Method</h2>\n<h3 id="steps">Steps</h3>');
  });

  it('turns term directives into term elements around their label, and invalid ones into text', () => {
    const parsed = parseArticle(
      'Its :term[PUE] and an :term[*exaflop*]{slug="exaflops"}; :term[bad]{slog="x"} stays text.',
    );
    expect(html(parsed.tree)).toBe(
      '<p>Its <atlas-term slug="pue">PUE</atlas-term> and an ' +
        '<atlas-term slug="exaflops"><em>exaflop</em></atlas-term>; bad stays text.</p>',
    );
    expect(parsed.blocks).toEqual([]);
  });
});
