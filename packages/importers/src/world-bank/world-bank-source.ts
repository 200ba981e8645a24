import type { SourceRecord } from '../import-result.ts';

/** The World Bank publishes WDI under CC BY 4.0 (its data-licence page; the bulk files do not repeat it). */
const worldBankLicence = 'CC-BY-4.0';
const worldBankPublisher = 'World Bank, World Development Indicators';

/** The source record of a file holding one WDI indicator. */
export function worldBankSource(
  indicatorCode: string,
  title: string,
  fields: Pick<SourceRecord, 'fileName' | 'sha256' | 'year'> & { licence?: string | null },
): SourceRecord {
  const code = indicatorCode.toUpperCase();
  return {
    key: `wb_${code.toLowerCase().replace(/\./g, '_')}`,
    title,
    publisher: worldBankPublisher,
    url: `https://data.worldbank.org/indicator/${code}`,
    licence: fields.licence ?? worldBankLicence,
    fileName: fields.fileName,
    sha256: fields.sha256,
    year: fields.year,
  };
}

/** "Fixed broadband subscriptions (per 100 people)" → "per 100 people": WDI titles end with their unit. */
export function unitOfTitle(title: string): string | null {
  return /\(([^()]+)\)\s*$/.exec(title)?.[1] ?? null;
}
