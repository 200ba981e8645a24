import { REGIONS } from '../catalog/regions.ts';
import type { SeedFiles } from '../load-seed-files.ts';
import { findLiveBlocks, type LiveBlock } from './live-blocks.ts';
import type { ArticleFile } from './parse-article.ts';

const ALLOWED_ATTRIBUTES: Record<LiveBlock['name'], readonly string[]> = {
  live: ['indicator', 'region', 'period'],
  chart: ['indicator', 'regions', 'from', 'to'],
  ranking: ['indicator', 'period', 'limit'],
};

/**
 * Lists what is wrong with an article's references: every indicator and region it names must
 * exist, be listed in its front matter, and every live block must have data to show.
 */
export function checkArticleReferences(article: ArticleFile, files: SeedFiles): string[] {
  const indicatorCodes = new Set(files.indicators.map((row) => row.indicator_code));
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
      ...checkBlock(block, article, files).map((problem) => `${block.source}: ${problem}`),
    );
  }
  return problems;
}

function checkBlock(block: LiveBlock, article: ArticleFile, files: SeedFiles): string[] {
  const { indicator, region, regions, period, from, to, limit } = block.attributes;
  const problems = Object.keys(block.attributes)
    .filter((key) => !ALLOWED_ATTRIBUTES[block.name].includes(key))
    .map((key) => `unknown attribute ${key}`);
  if (!indicator) return [...problems, 'the indicator attribute is missing'];
  if (!article.indicators.includes(indicator))
    problems.push(`indicator ${indicator} is not listed in the front matter`);
  const values = files.observations.filter((row) => row.indicator_code === indicator);
  const listedRegion = (code: string) => {
    if (!article.regions.includes(code))
      problems.push(`region ${code} is not listed in the front matter`);
  };

  if (block.name === 'live') {
    if (!region) return [...problems, 'the region attribute is missing'];
    listedRegion(region);
    const matching = values.filter(
      (row) => row.region_code === region && (!period || row.period === period),
    );
    if (matching.length === 0)
      problems.push(`no value of ${indicator} for ${region}${period ? ` in ${period}` : ''}`);
  } else if (block.name === 'chart') {
    if (!regions) return [...problems, 'the regions attribute is missing'];
    for (const code of regions.split(',')) {
      listedRegion(code);
      const inRange = values.filter(
        (row) => row.region_code === code && within(row.period, from, to),
      );
      if (inRange.length === 0)
        problems.push(`no value of ${indicator} for ${code} in the chart's range`);
    }
  } else {
    if (!period) return [...problems, 'the period attribute is missing'];
    if (!values.some((row) => row.period === period))
      problems.push(`no value of ${indicator} in ${period}`);
    if (limit !== undefined && !/^[1-9]\d*$/.test(limit))
      problems.push('limit must be a positive whole number');
  }
  return problems;
}

/** `from` and `to` may be coarser than the period: to="2025" includes 2025-06. */
function within(period: string, from: string | undefined, to: string | undefined): boolean {
  return (
    (!from || period.slice(0, from.length) >= from) && (!to || period.slice(0, to.length) <= to)
  );
}
