import path from 'node:path';
import {
  findLiveBlocks,
  findTypedFigures,
  isLiveBlockKind,
  termDirectiveName,
} from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { loadSeedFiles } from '../load-seed-files.ts';
import { loadGlossary } from '../glossary/load-glossary.ts';
import { DEFAULT_ARTICLES_DIR, DEFAULT_DATA_DIR, DEFAULT_GLOSSARY_FILE } from '../seed-database.ts';
import { publisherValuePlaces, readPublisherFiles } from '../seed-publisher-files.ts';
import { checkArticleReferences, referenceData } from './check-article-references.ts';
import { loadArticles } from './load-articles.ts';

const articles = await loadArticles(DEFAULT_ARTICLES_DIR);
const seedFiles = await loadSeedFiles(DEFAULT_DATA_DIR);
// Articles may cite the figures the importers read from the publishers' files.
const references = referenceData(
  seedFiles.indicators,
  seedFiles.observations,
  publisherValuePlaces(await readPublisherFiles(path.join(DEFAULT_DATA_DIR, 'raw'))),
);
const glossarySlugs = new Set((await loadGlossary(DEFAULT_GLOSSARY_FILE)).map(({ slug }) => slug));

describe('seed articles', () => {
  it('are the explanatory articles', () => {
    expect(articles.map((article) => article.slug).sort()).toEqual([
      'accelerators-take-over-the-top500',
      'china-computing-power-profile',
      'chips-and-the-supply-of-computing-power',
      'cloud-and-ai-in-european-enterprises',
      'computing-power-the-productive-force',
      'demand-outpaces-supply',
      'electricity-and-data-centres',
      'european-union-computing-power-profile',
      'four-pillars-of-computing-power',
      'how-the-computing-power-index-works',
      'japan-and-korea-computing-power-profile',
      'measuring-computing-power',
      'robots-in-manufacturing',
      'twenty-five-years-of-the-top500',
      'united-states-computing-power-profile',
      'what-computing-power-is-worth',
      'where-notable-ai-models-come-from',
    ]);
  });

  describe.each(articles)('$slug', (article) => {
    it('types no figure: every digit of the prose sits in a live block', () => {
      expect(findTypedFigures(article.title, article.summary, article.body)).toEqual([]);
    });

    it('uses only the live blocks and term marks the portal renders', () => {
      const directives = [...article.body.matchAll(/(?<![\w:/])(:{1,3})([A-Za-z][\w-]*)(?=[{[])/g)];
      expect(
        directives
          .filter(
            ([, colons, name]) =>
              colons === ':::' ||
              (!isLiveBlockKind(name ?? '') && !(colons === ':' && name === termDirectiveName)),
          )
          .map(([directive]) => directive),
      ).toEqual([]);
      expect(findLiveBlocks(article.body).length).toBeGreaterThan(0);
    });

    it('refers only to indicators, regions and periods that have data', () => {
      expect(checkArticleReferences(article, references, glossarySlugs)).toEqual([]);
    });
  });

  it('flags a block whose period has no data', () => {
    const article = articles.find(
      (candidate) => candidate.slug === 'computing-power-the-productive-force',
    );
    if (!article) throw new Error('no article');
    const broken = {
      ...article,
      body: ':live{indicator="compute_total_eflops" region="WLD" period="1999"}\n',
    };
    expect(checkArticleReferences(broken, references, glossarySlugs)).toEqual([
      ':live{indicator="compute_total_eflops" region="WLD" period="1999"}: no value of compute_total_eflops for WLD in 1999',
    ]);
  });

  it('flags a term that is not in the glossary, or written wrong', () => {
    const article = articles[0];
    if (!article) throw new Error('no article');
    const broken = {
      ...article,
      body: 'Its :term[PUE] is low; an :term[exaflop]{slug="exaflopz"}; :term[x]{slog="y"}.\n',
    };
    expect(checkArticleReferences(broken, references, glossarySlugs)).toEqual([
      ':term[exaflop]{slug="exaflopz"}: unknown glossary term exaflopz',
      ':term[x]{slog="y"}: unknown attribute slog',
    ]);
  });
});
