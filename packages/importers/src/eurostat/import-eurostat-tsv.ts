import { basename } from 'node:path';
import { readCsvRecords } from '../csv-records.ts';
import { defaultReadLimits, sha256Hex, type ImportFile, type ReadLimits } from '../import-file.ts';
import { failure, type ImportResult } from '../import-result.ts';
import type { EurostatSeries } from '../publisher-indicators.ts';
import { regionOfEurostatCode } from '../regions/resolve-region.ts';
import { ResultBuilder } from '../result-builder.ts';
import { readText } from '../text-file.ts';
import { eurostatSource, SeriesMatcher } from './eurostat-source.ts';
import { addEurostatValue } from './eurostat-value.ts';
import { periodOfEurostat } from './flags.ts';

export interface EurostatOptions {
  limits?: ReadLimits;
  /** The Eurostat dataset code, when the file name does not give it (`estat_<dataset>.tsv.gz`). */
  dataset?: string;
  /** The series to import and the atlas indicator each feeds; by default those of the mapping table. */
  series?: readonly EurostatSeries[];
}

/**
 * A Eurostat bulk TSV (often gzipped): a first column of comma-separated dimensions ending in
 * `geo\TIME_PERIOD`, one tab-separated column per period; a cell is a value, `:` (no value),
 * and any flags after a space (`31.30 b`, `: u`).
 */
export function importEurostatTsv(file: ImportFile, options: EurostatOptions = {}): ImportResult {
  const limits = options.limits ?? defaultReadLimits;
  const sha256 = sha256Hex(file.bytes);
  const dataset = options.dataset ?? datasetOfFileName(file.fileName);
  const builder = new ResultBuilder(
    'eurostat-tsv',
    eurostatSource(dataset ?? 'unknown', null, { fileName: file.fileName, sha256 }),
  );
  return builder.run(() => {
    if (!dataset)
      throw failure(
        'WRONG_FORMAT',
        `cannot tell the Eurostat dataset of ${file.fileName}; name it`,
      );
    const matcher = new SeriesMatcher(dataset, options.series, builder);
    const records = readCsvRecords(readText(file, limits), limits, '\t');
    const header = records[0];
    const dimensionHeader = header?.fields[0]?.trim() ?? '';
    if (!header || !dimensionHeader.endsWith('\\TIME_PERIOD')) {
      throw failure(
        'MISSING_COLUMN',
        `${file.fileName} does not start with the dimensions column "…,geo\\TIME_PERIOD": is it a Eurostat TSV?`,
        {
          line: 1,
          field: dimensionHeader || null,
        },
      );
    }
    const dimensionNames = dimensionHeader.replace(/\\TIME_PERIOD$/, '').split(',');
    const geoAt = dimensionNames.indexOf('geo');
    if (geoAt < 0)
      throw failure('MISSING_COLUMN', `${file.fileName} has no "geo" dimension`, {
        line: 1,
        field: dimensionHeader,
      });
    const periods = header.fields
      .slice(1)
      .map((time) => ({ time: time.trim(), period: periodOfEurostat(time) }));
    for (const { time, period } of periods) {
      if (!period)
        builder.fail(1, time, 'BAD_PERIOD', `row 1: period "${time}" is not a year or a month`);
    }

    for (const record of records.slice(1)) {
      const values = (record.fields[0] ?? '').split(',');
      const dimensions = Object.fromEntries(
        dimensionNames.map((name, at) => [name, values[at]?.trim() ?? '']),
      );
      const series = matcher.match(dimensions);
      if (!series) continue;
      const geo = dimensions.geo ?? '';
      const regionCode = builder.regionCode(record.line, regionOfEurostatCode(geo), geo);
      if (!regionCode) continue;
      let found = 0;
      periods.forEach(({ time, period }, at) => {
        const cell = (record.fields[at + 1] ?? '').trim();
        const [number = '', flags = ''] = cell.split(/\s+/, 2);
        if (number === ':' || number === '' || !period) return;
        const added = addEurostatValue(builder, record, {
          regionCode,
          indicatorCode: series.indicatorCode,
          period,
          number,
          flags,
          field: time,
          place: `row ${record.line}, ${time}:`,
          quoted: cell,
        });
        if (added) found += 1;
      });
      if (found === 0) builder.skipEmpty(record.line, `${geo}: every period is ":"`);
    }
  });
}

function datasetOfFileName(fileName: string): string | null {
  return (
    /^(?:estat_)?([a-z0-9_]+?)\.tsv(?:\.gz)?$/i.exec(basename(fileName))?.[1]?.toLowerCase() ?? null
  );
}
