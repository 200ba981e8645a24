import { describe, expect, it } from 'vitest';
import { findTypedFigures } from '@atlas/domain';
import { loadSeedFiles } from '../load-seed-files.ts';
import { DEFAULT_DATA_DIR, DEFAULT_GLOSSARY_FILE } from '../seed-database.ts';
import { checkGlossary, checkTermMarks } from './check-glossary.ts';
import { loadGlossary, type GlossaryEntry } from './load-glossary.ts';

const glossary = await loadGlossary(DEFAULT_GLOSSARY_FILE);
const seedFiles = await loadSeedFiles(DEFAULT_DATA_DIR);
const slugs = new Set(glossary.map((entry) => entry.slug));

describe('the glossary file', () => {
  it('explains the terms of the field, each once', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(45);
    for (const slug of ['flops', 'exaflops', 'rmax', 'rpeak', 'hpl', 'hpcg', 'pue', 'hyperscaler'])
      expect(slugs).toContain(slug);
    expect(checkGlossary(glossary, seedFiles)).toEqual([]);
  });

  it('types no figure in a definition', () => {
    expect(findTypedFigures(...glossary.map((entry) => entry.definition))).toEqual([]);
  });

  it('marks in indicator descriptions only terms of the glossary', () => {
    const marked = seedFiles.indicators.filter((row) => row.description.includes(':term['));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.flatMap((row) => checkTermMarks(row.description, slugs))).toEqual([]);
  });
});

describe('checkGlossary', () => {
  it('flags a slug used twice, an unknown or circular see-also and an unknown indicator', () => {
    const entry = (slug: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
      slug,
      term: slug,
      definition: 'A word.',
      seeAlso: [],
      ...extra,
    });
    expect(
      checkGlossary(
        [
          entry('pue', { seeAlso: ['pue', 'rack'] }),
          entry('pue'),
          entry('rmax', { indicator: 'no_such_indicator' }),
        ],
        seedFiles,
      ),
    ).toEqual([
      'pue: the slug is used twice',
      'pue: sees also itself',
      'pue: sees also unknown term rack',
      'rmax: names unknown indicator no_such_indicator',
    ]);
  });
});
