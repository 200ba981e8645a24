export { cacheTags, cacheTagsFor, type PublicChange } from './cache-tags.ts';
export { competitionRank, rankOrderOf, type Ranked, type RankOrder } from './competition-rank.ts';
export { populationIndicator } from './per-capita.ts';
export { errorCodes, isErrorCode, type ErrorCode } from './error-codes.ts';
export type {
  ImportChangePreview,
  ImportErrorCode,
  ImportReport,
  ImportRowError,
} from './import-report.ts';
export {
  findTerms,
  glossarySlugPattern,
  isGlossarySlug,
  parseTermDirective,
  splitTermText,
  termDirectiveName,
  withoutTermMarks,
  type FoundTerm,
  type TermDirective,
  type TermMark,
  type TermTextPart,
} from './glossary/term-directive.ts';
export { findLiveBlocks, type FoundLiveBlock } from './live-blocks/find-live-blocks.ts';
export { formatLiveBlock } from './live-blocks/format-live-block.ts';
export {
  defaultRankingLimit,
  isLiveBlockKind,
  liveBlockAttributes,
  liveBlockKinds,
  maxChartRegions,
  maxRankingLimit,
  type BlockSpec,
  type ChartSpec,
  type LiveBlock,
  type LiveBlockKind,
  type LiveDirective,
  type LiveSpec,
  type RankingSpec,
} from './live-blocks/live-block-spec.ts';
export { parseBlockSpec, unknownAttributes } from './live-blocks/parse-block-spec.ts';
export {
  comparePeriods,
  formatPeriod,
  isPeriod,
  parsePeriod,
  periodStart,
  periodSyntax,
  readPeriod,
  type Period,
  type PeriodType,
} from './periods.ts';
export { findTypedFigures } from './typed-figures.ts';
