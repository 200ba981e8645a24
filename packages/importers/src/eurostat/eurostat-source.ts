import { failure, type SourceRecord } from '../import-result.ts';
import type { ResultBuilder } from '../result-builder.ts';
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
  private readonly series: readonly EurostatSeries[];

  /** Refuses a dataset with no chosen series; proposes the indicator of each series. */
  constructor(
    dataset: string,
    chosen: readonly EurostatSeries[] | undefined,
    builder: ResultBuilder,
  ) {
    this.series = chosen ?? seriesOfEurostatDataset(dataset);
    if (this.series.length === 0) {
      throw failure(
        'UNKNOWN_INDICATOR',
        `no atlas indicator for the series of Eurostat dataset "${dataset}"; choose them`,
      );
    }
    for (const series of this.series) {
      builder.proposeIndicator({
        code: series.indicatorCode,
        publisherCode: `${dataset} ${Object.values(series.dimensions).join(',')}`,
        publisherTitle: null,
        unit: null,
      });
    }
  }

  match(dimensions: Readonly<Record<string, string>>): EurostatSeries | undefined {
    return this.series.find((series) =>
      Object.entries(series.dimensions).every(([name, value]) => dimensions[name] === value),
    );
  }
}
