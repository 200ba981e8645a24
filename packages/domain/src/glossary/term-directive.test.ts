import { describe, expect, it } from 'vitest';
import {
  findTerms,
  isGlossarySlug,
  parseTermDirective,
  splitTermText,
  withoutTermMarks,
} from './term-directive.ts';

describe('isGlossarySlug', () => {
  it('accepts lower-case words of letters and digits joined by hyphens', () => {
    expect(['exaflops', 'fp64', 'hpl-mxp', 'top500-segments'].every(isGlossarySlug)).toBe(true);
    expect(
      ['', 'FP64', 'hpl--mxp', '-pue', 'pue-', 'data centre', 'pue_x'].some(isGlossarySlug),
    ).toBe(false);
  });
});

describe('parseTermDirective', () => {
  it('takes the slug from the attribute, or from the label', () => {
    expect(parseTermDirective({ label: 'exaflops', attributes: {} })).toEqual({
      kind: 'term',
      slug: 'exaflops',
      label: 'exaflops',
    });
    expect(parseTermDirective({ label: 'Green500', attributes: {} })).toEqual({
      kind: 'term',
      slug: 'green500',
      label: 'Green500',
    });
    expect(parseTermDirective({ label: 'data centre', attributes: {} })).toMatchObject({
      slug: 'data-centre',
    });
    expect(parseTermDirective({ label: 'an exaflop', attributes: { slug: 'exaflops' } })).toEqual({
      kind: 'term',
      slug: 'exaflops',
      label: 'an exaflop',
    });
  });

  it.each([
    [{ label: '', attributes: {} }, 'the text between the brackets is empty'],
    [
      { label: 'x', attributes: { slug: 'Exa_flops' } },
      '"Exa_flops" is not a glossary slug (lower-case words joined by hyphens)',
    ],
    [
      { label: 'PUE, in short', attributes: {} },
      '"pue,-in-short" is not a glossary slug (lower-case words joined by hyphens)',
    ],
    [{ label: 'x', attributes: { slug: 'x', term: 'y' } }, 'unknown attribute term'],
  ])('names what is wrong with %j', (directive, problem) => {
    expect(parseTermDirective(directive)).toEqual({
      kind: 'invalid',
      label: directive.label,
      problem,
    });
  });
});

describe('findTerms', () => {
  it('finds terms with and without a slug, quoted or bare, and nothing else', () => {
    const text =
      'A :term[PUE] near one; an :term[exaflop]{slug="exaflops"} or :term[a flop]{slug=flops}. ' +
      'Not terms: a:term[x], ::term[y], :terms[z], :term{slug="w"}, :live{indicator="x" region="y"}.';
    expect(
      findTerms(text).map(({ label, attributes, source }) => ({ label, attributes, source })),
    ).toEqual([
      { label: 'PUE', attributes: {}, source: ':term[PUE]' },
      {
        label: 'exaflop',
        attributes: { slug: 'exaflops' },
        source: ':term[exaflop]{slug="exaflops"}',
      },
      { label: 'a flop', attributes: { slug: 'flops' }, source: ':term[a flop]{slug=flops}' },
    ]);
  });
});

describe('splitTermText and withoutTermMarks', () => {
  const text = 'Its :term[PUE] is low and its :term[Rmax]{slug="rmax"} high.';

  it('cut a text into plain runs and checked terms', () => {
    expect(splitTermText(text)).toEqual([
      { kind: 'text', text: 'Its ' },
      { kind: 'term', slug: 'pue', label: 'PUE' },
      { kind: 'text', text: ' is low and its ' },
      { kind: 'term', slug: 'rmax', label: 'Rmax' },
      { kind: 'text', text: ' high.' },
    ]);
    expect(splitTermText('No terms.')).toEqual([{ kind: 'text', text: 'No terms.' }]);
  });

  it('leave the text a reader sees', () => {
    expect(withoutTermMarks(text)).toBe('Its PUE is low and its Rmax high.');
  });
});
