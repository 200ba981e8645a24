import type { SourceRecord } from '../import-result.ts';
import { seriesOfEurostatDataset, type EurostatSeries } from '../publisher-indicators.ts';

/** Eurostat's copyright notice allows reuse of its data provided the source is acknowledged. */
const eurostatLicence = 'Eurostat copyright notice: reuse with acknowledgement of the source';

export function eurostatSource(
  dataset: string,
  title: string | null,
  fields: Pick<SourceRecord, 'fileName' | 'sha256'>,
): SourceRecord {
  return {
    key: `estat_${dataset}`,
    title: title ? `Eurostat ${dataset}: ${title}` : `Eurostat ${dataset}`,
    publisher: 'Eurostat',
    year: null,
    url: `https://ec.europa.eu/eurostat/databrowser/view/${dataset}/default/table`,
    licence: eurostatLicence,
    fileName: fields.fileName,
    sha256: fields.sha256,
  };
}

/**
 * Finds the series a row belongs to among the chosen ones (by default those the mapping table
 * knows for the dataset). A row of no chosen series is not the atlas's and is passed over.
 */
export class SeriesMatcher {
  readonly series: readonly EurostatSeries[];

  constructor(dataset: string, chosen: readonly EurostatSeries[] | undefined) {
    this.series = chosen ?? seriesOfEurostatDataset(dataset);
  }

  match(dimensions: Readonly<Record<string, string>>): EurostatSeries | undefined {
    return this.series.find((series) =>
      Object.entries(series.dimensions).every(([name, value]) => dimensions[name] === value),
    );
  }
}
