import { readCsvRecords } from '../csv-records.ts';
import { defaultReadLimits, sha256Hex, type ImportFile } from '../import-file.ts';
import { failure, type ImportResult } from '../import-result.ts';
import { regionOfEurostatCode } from '../regions/resolve-region.ts';
import { ResultBuilder } from '../result-builder.ts';
import { readText } from '../text-file.ts';
import { eurostatSource, SeriesMatcher } from './eurostat-source.ts';
import { addEurostatValue } from './eurostat-value.ts';
import { periodOfEurostat } from './flags.ts';
import type { EurostatOptions } from './import-eurostat-tsv.ts';

/** Columns of SDMX-CSV (1.0 and 2.0) that are neither dimensions nor their labels. */
const structureColumns = new Set([
  'DATAFLOW',
  'LAST UPDATE',
  'STRUCTURE',
  'STRUCTURE_ID',
  'STRUCTURE_NAME',
  'ACTION',
]);
/** Dimension ids are lower-case in Eurostat's files; a label column after each has the concept's name. */
const dimensionId = /^[a-z][a-z0-9_]*$/;

/**
 * Eurostat SDMX-CSV, one observation per row: `STRUCTURE_ID` (or `DATAFLOW`) names the
 * dataset, the dimensions come as lower-case columns (each followed by its label column in
 * the "labels" variant), then `TIME_PERIOD`, `OBS_VALUE` and `OBS_FLAG`. An empty value is no value.
 */
export function importSdmxCsv(file: ImportFile, options: EurostatOptions = {}): ImportResult {
  const limits = options.limits ?? defaultReadLimits;
  const sha256 = sha256Hex(file.bytes);
  const builder = new ResultBuilder(
    'eurostat-sdmx-csv',
    eurostatSource(options.dataset ?? 'unknown', null, { fileName: file.fileName, sha256 }),
  );
  return builder.run(() => {
    const records = readCsvRecords(readText(file, limits), limits);
    const header = (records[0]?.fields ?? []).map((name) => name.trim());
    const column = (name: string) => {
      const at = header.indexOf(name);
      if (at < 0)
        throw failure(
          'MISSING_COLUMN',
          `${file.fileName} has no "${name}" column: is it SDMX-CSV?`,
          { line: 1, field: name },
        );
      return at;
    };
    const structureAt = header.includes('STRUCTURE_ID')
      ? column('STRUCTURE_ID')
      : column('DATAFLOW');
    const timeAt = column('TIME_PERIOD');
    const valueAt = column('OBS_VALUE');
    const flagAt = header.indexOf('OBS_FLAG');
    const titleAt = header.indexOf('STRUCTURE_NAME');
    const dimensions = header.flatMap((name, at) =>
      dimensionId.test(name) && !structureColumns.has(name) ? [{ name, at }] : [],
    );
    if (!dimensions.some((dimension) => dimension.name === 'geo')) {
      throw failure('MISSING_COLUMN', `${file.fileName} has no "geo" column`, {
        line: 1,
        field: 'geo',
      });
    }
    const first = records[1];
    const structure = first?.fields[structureAt] ?? '';
    const dataset = options.dataset ?? /:([A-Z0-9_]+)\(/i.exec(structure)?.[1]?.toLowerCase();
    if (!dataset)
      throw failure('WRONG_FORMAT', `cannot tell the Eurostat dataset from "${structure}"`, {
        line: 2,
        field: header[structureAt] ?? null,
      });
    const title = titleAt >= 0 ? (first?.fields[titleAt] ?? null) : null;
    builder.source = eurostatSource(dataset, title, { fileName: file.fileName, sha256 });
    const matcher = new SeriesMatcher(dataset, options.series, builder);

    for (const record of records.slice(1)) {
      const cell = (at: number) => (record.fields[at] ?? '').trim();
      const series = matcher.match(
        Object.fromEntries(dimensions.map(({ name, at }) => [name, cell(at)])),
      );
      if (!series) continue;
      const geo = cell(dimensions.find((dimension) => dimension.name === 'geo')?.at ?? -1);
      const regionCode = builder.regionCode(record.line, regionOfEurostatCode(geo), geo);
      if (!regionCode) continue;
      const time = cell(timeAt);
      const period = periodOfEurostat(time);
      if (!period) {
        builder.fail(
          record.line,
          'TIME_PERIOD',
          'BAD_PERIOD',
          `row ${record.line}: period "${time}" is not a year or a month`,
        );
        continue;
      }
      const valueText = cell(valueAt);
      if (valueText === '' || valueText === ':') {
        builder.skipEmpty(record.line, `${geo} ${time}`);
        continue;
      }
      addEurostatValue(builder, record, {
        regionCode,
        indicatorCode: series.indicatorCode,
        period,
        number: valueText,
        flags: flagAt >= 0 ? cell(flagAt) : '',
        field: 'OBS_VALUE',
        place: `row ${record.line}: OBS_VALUE`,
        quoted: valueText,
      });
    }
  });
}
