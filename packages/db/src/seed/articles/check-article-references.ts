import {
  findLiveBlocks,
  parseBlockSpec,
  unknownAttributes,
  type FoundLiveBlock,
} from '@atlas/domain';
import { REGIONS } from '../catalog/regions.ts';
import { checkTermMarks } from '../glossary/check-glossary.ts';
import type { IndicatorRow, ObservationRow } from '../load-seed-files.ts';
import type { ArticleFile } from './parse-article.ts';

/** Where a value stands: what a live block needs to find to have something to show. */
type ValuePlace = Pick<ObservationRow, 'region_code' | 'indicator_code' | 'period'>;

/** What articles are checked against: the indicators and every value the seed writes. */
export interface ReferenceData {
  indicatorCodes: ReadonlySet<string>;
  valuesByIndicator: ReadonlyMap<string, readonly ValuePlace[]>;
}

/**
 * The reference data of a seed: the indicators of indicators.csv, and the values of
 * observations.csv and of the publishers' files, which the importers read.
 */
export function referenceData(
  indicators: readonly IndicatorRow[],
  ...valueLists: ReadonlyArray<readonly ValuePlace[]>
): ReferenceData {
  const valuesByIndicator = new Map<string, ValuePlace[]>();
  for (const value of valueLists.flat()) {
    const values = valuesByIndicator.get(value.indicator_code);
    if (values) values.push(value);
    else valuesByIndicator.set(value.indicator_code, [value]);
  }
  return {
    indicatorCodes: new Set(indicators.map((row) => row.indicator_code)),
    valuesByIndicator,
  };
}

/**
 * Lists what is wrong with an article's references: every indicator and region it names must
 * exist, be listed in its front matter, every live block must be valid, pin the period of a
 * ranking and have data to show, and every marked term must be in the glossary.
 */
export function checkArticleReferences(
  article: ArticleFile,
  data: ReferenceData,
  glossarySlugs: ReadonlySet<string>,
): string[] {
  const { indicatorCodes } = data;
  const regionCodes = new Set(REGIONS.map((region) => region.code));
  const problems: string[] = [];
  for (const code of article.indicators) {
    if (!indicatorCodes.has(code)) problems.push(`front matter names unknown indicator ${code}`);
  }
  for (const code of article.regions) {
    if (!regionCodes.has(code)) problems.push(`front matter names unknown region ${code}`);
  }
  for (const block of findLiveBlocks(article.body)) {
    problems.push(
      ...checkBlock(block, article, data).map((problem) => `${block.source}: ${problem}`),
    );
  }
  problems.push(...checkTermMarks(article.body, glossarySlugs));
  return problems;
}

function checkBlock(found: FoundLiveBlock, article: ArticleFile, data: ReferenceData): string[] {
  const problems = unknownAttributes(found).map((name) => `unknown attribute ${name}`);
  const block = parseBlockSpec(found);
  if (block.kind === 'invalid') return [...problems, block.problem];
  const { indicator } = block.spec;
  if (!article.indicators.includes(indicator))
    problems.push(`indicator ${indicator} is not listed in the front matter`);
  const values = data.valuesByIndicator.get(indicator) ?? [];
  const listedRegion = (code: string) => {
    if (!article.regions.includes(code))
      problems.push(`region ${code} is not listed in the front matter`);
  };

  switch (block.kind) {
    case 'live': {
      const { region, period } = block.spec;
      listedRegion(region);
      const matching = values.filter(
        (row) => row.region_code === region && (!period || row.period === period),
      );
      if (matching.length === 0)
        problems.push(`no value of ${indicator} for ${region}${period ? ` in ${period}` : ''}`);
      break;
    }
    case 'chart': {
      const { regions, from, to } = block.spec;
      for (const code of regions) {
        listedRegion(code);
        const inRange = values.filter(
          (row) => row.region_code === code && within(row.period, from, to),
        );
        if (inRange.length === 0)
          problems.push(`no value of ${indicator} for ${code} in the chart's range`);
      }
      break;
    }
    case 'ranking': {
      const { period } = block.spec;
      if (!period) return [...problems, 'the period attribute is missing'];
      if (!values.some((row) => row.period === period))
        problems.push(`no value of ${indicator} in ${period}`);
      break;
    }
  }
  return problems;
}

/** `from` and `to` may be coarser than the period: to="2025" includes 2025-06. */
function within(period: string, from: string | undefined, to: string | undefined): boolean {
  return (
    (!from || period.slice(0, from.length) >= from) && (!to || period.slice(0, to.length) <= to)
  );
}
