import { readCsvRecords } from '../csv-records.ts';
import { defaultReadLimits, sha256Hex, type ImportFile, type ReadLimits } from '../import-file.ts';
import { failure, type ImportResult } from '../import-result.ts';
import { indicatorOfWorldBankCode } from '../publisher-indicators.ts';
import { regionOfWorldBankCode } from '../regions/resolve-region.ts';
import { parseNumber, ResultBuilder } from '../result-builder.ts';
import { readText } from '../text-file.ts';
import { unitOfTitle, worldBankSource } from './world-bank-source.ts';

export interface WorldBankCsvOptions {
  limits?: ReadLimits;
  /** The atlas indicator the file feeds, when the mapping table does not know its WDI code. */
  indicatorCode?: string;
}

const leadingColumns = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'];

/**
 * A World Bank bulk-download CSV ("API_" file): a UTF-8 byte order mark, four preamble lines
 * (data source, last update), a header `Country Name,Country Code,Indicator Name,Indicator
 * Code,1960,…`, then one row per economy with one column per year; an empty cell has no value.
 */
export function importWorldBankCsv(
  file: ImportFile,
  options: WorldBankCsvOptions = {},
): ImportResult {
  const sha256 = sha256Hex(file.bytes);
  const builder = new ResultBuilder(
    'world-bank-csv',
    worldBankSource('unknown', file.fileName, { fileName: file.fileName, sha256, year: null }),
  );
  return builder.run(() => {
    const records = readCsvRecords(
      readText(file, options.limits ?? defaultReadLimits),
      options.limits ?? defaultReadLimits,
    );
    const headerAt = records.findIndex((record) =>
      leadingColumns.every((name, at) => record.fields[at]?.trim() === name),
    );
    const header = records[headerAt];
    if (!header) {
      throw failure(
        'MISSING_COLUMN',
        `no header row starting ${leadingColumns.join(',')}: is this a World Bank bulk CSV?`,
        {
          field: leadingColumns[0],
        },
      );
    }
    const years = header.fields.slice(leadingColumns.length).map((name) => name.trim());
    years.forEach((name, at) => {
      if (name !== '' && !/^\d{4}$/.test(name)) {
        builder.fail(
          header.line,
          name,
          'BAD_PERIOD',
          `row ${header.line}: column ${leadingColumns.length + at + 1} is "${name}", not a year`,
        );
      }
    });
    const lastUpdated = records
      .slice(0, headerAt)
      .find((record) => record.fields[0] === 'Last Updated Date');
    const year = /(\d{4})\s*$/.exec(lastUpdated?.fields[1] ?? '')?.[1];

    for (const record of records.slice(headerAt + 1)) {
      const [countryName = '', countryCode = '', indicatorName = '', publisherCode = ''] =
        record.fields;
      const indicatorCode = options.indicatorCode ?? indicatorOfWorldBankCode(publisherCode);
      if (!indicatorCode) {
        builder.fail(
          record.line,
          'Indicator Code',
          'UNKNOWN_INDICATOR',
          `row ${record.line}: no atlas indicator for "${publisherCode}"; choose one`,
        );
        continue;
      }
      builder.proposeIndicator({
        code: indicatorCode,
        publisherCode,
        publisherTitle: indicatorName,
        unit: unitOfTitle(indicatorName),
      });
      builder.source = worldBankSource(publisherCode, indicatorName, {
        fileName: file.fileName,
        sha256,
        year: year ? Number(year) : null,
      });
      const regionCode = builder.regionCode(
        record.line,
        regionOfWorldBankCode(countryCode),
        `${countryCode} ${countryName}`,
      );
      if (!regionCode) continue;
      let values = 0;
      years.forEach((period, at) => {
        const cell = (record.fields[leadingColumns.length + at] ?? '').trim();
        if (cell === '' || period === '') return;
        const value = parseNumber(cell);
        if (value === null) {
          builder.fail(
            record.line,
            period,
            'BAD_NUMBER',
            `row ${record.line}, ${period}: "${cell}" is not a number`,
          );
          return;
        }
        values += 1;
        builder.add(
          {
            line: record.line,
            regionCode,
            indicatorCode,
            period,
            value,
            note: null,
            excerpt: record.raw,
          },
          period,
        );
      });
      if (values === 0) builder.skipEmpty(record.line, `${countryCode} ${countryName}`);
    }
  });
}
