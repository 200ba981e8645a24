export type {
  ImportFormat,
  ImportResult,
  ImportedObservation,
  ImporterError,
  ImporterErrorCode,
  ProposedIndicator,
  SkipReason,
  SkippedRow,
  SourceRecord,
} from './import-result.ts';
export { defaultReadLimits, type ImportFile, type ReadLimits } from './import-file.ts';
export {
  importFormats,
  importPublisherFile,
  isImportFormat,
  type PublisherFileOptions,
} from './import-publisher-file.ts';
export {
  importTop500List,
  top500ReadLimits,
  type Top500ImportOptions,
  type Top500ImportResult,
} from './top500/import-top500-list.ts';
export type { Top500System } from './top500/read-systems.ts';
export { top500Indicators, type Top500Indicator } from './top500/top500-indicators.ts';
export {
  importDataPackage,
  type DataPackageOptions,
  type DataPackageUpload,
} from './data-package/import-data-package.ts';
export {
  importWorldBankCsv,
  type WorldBankCsvOptions,
} from './world-bank/import-world-bank-csv.ts';
export { importEurostatTsv, type EurostatOptions } from './eurostat/import-eurostat-tsv.ts';
export { importSdmxCsv } from './eurostat/import-sdmx-csv.ts';
export type { EurostatSeries } from './publisher-indicators.ts';
export { countries, type Country } from './regions/country-table.ts';
export {
  regionOfCountryName,
  regionOfEurostatCode,
  regionOfWorldBankCode,
  type RegionMatch,
} from './regions/resolve-region.ts';
