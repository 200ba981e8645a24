import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ImportFile } from '../import-file.ts';
import type { ImportedObservation } from '../import-result.ts';
import { expectRefused } from '../testing/expect-refused.ts';
import { rawFile } from '../testing/raw-files.ts';
import { noteOfFlags } from './flags.ts';
import { importEurostatTsv } from './import-eurostat-tsv.ts';
import { importSdmxCsv } from './import-sdmx-csv.ts';

const tsv = rawFile('eurostat/estat_isoc_cicce_use.tsv.gz');
const sdmx = rawFile('eurostat/isoc_eb_ai.csv');
const tsvText = gunzipSync(tsv.bytes).toString('utf8');
const gzipped = (text: string): ImportFile => ({ fileName: tsv.fileName, bytes: gzipSync(text) });
const find = (
  observations: ImportedObservation[],
  regionCode: string,
  indicatorCode: string,
  period: string,
) =>
  observations.find(
    (o) => o.regionCode === regionCode && o.indicatorCode === indicatorCode && o.period === period,
  );

describe('importEurostatTsv on the real bulk file', () => {
  const result = importEurostatTsv(tsv);

  it('reads the chosen series of the gzipped file, flags as words in the note', () => {
    expect(result.errors).toEqual([]);
    expect(result.indicators.map((indicator) => indicator.code)).toEqual([
      'ent_cloud_use_pct',
      'ent_cloud_cpu_pct',
    ]);
    expect(result.source).toMatchObject({
      key: 'estat_isoc_cicce_use',
      publisher: 'Eurostat',
      fileName: 'estat_isoc_cicce_use.tsv.gz',
    });
    expect(find(result.observations, 'FRA', 'ent_cloud_use_pct', '2023')).toEqual({
      line: 14889,
      regionCode: 'FRA',
      indicatorCode: 'ent_cloud_use_pct',
      period: '2023',
      value: 26.76,
      note: 'Eurostat flags: break in time series',
      excerpt:
        'A,GE10,C10-S951_X_K,E_CC,PC_ENT,FR\t11.91 \t: \t17.11 \t: \t19.42 \t26.86 \t29.35 \t26.76 b\t: \t40.41 ',
    });
    expect(find(result.observations, 'FRA', 'ent_cloud_use_pct', '2020')?.note).toBeNull();
    expect(noteOfFlags('bu')).toBe('Eurostat flags: break in time series, low reliability');
  });

  it('treats ":" as no value, never zero', () => {
    expect(find(result.observations, 'FRA', 'ent_cloud_use_pct', '2015')).toBeUndefined();
    expect(result.observations.some((o) => o.value === 0)).toBe(false);
  });

  it('maps EL to Greece, UK to the United Kingdom, EU27_2020 to EU27 and skips the other aggregates', () => {
    const regions = new Set(result.observations.map((o) => o.regionCode));
    for (const code of ['GRC', 'GBR', 'EU27', 'DEU']) expect(regions).toContain(code);
    for (const code of ['EL', 'UK', 'EA', 'EU28']) expect(regions).not.toContain(code);
    expect(result.skipped).toContainEqual({ line: 14887, reason: 'aggregate', detail: 'EU28' });
  });
});

describe('importSdmxCsv on the real file', () => {
  it('reads the dataset, its title and the flag of each value', () => {
    const result = importSdmxCsv(sdmx);
    expect(result.errors).toEqual([]);
    expect(result.source).toMatchObject({
      key: 'estat_isoc_eb_ai',
      title: 'Eurostat isoc_eb_ai: Artificial intelligence by size class of enterprise',
    });
    expect(result.observations).toHaveLength(34);
    expect(find(result.observations, 'NLD', 'ent_ai_use_pct', '2025')).toMatchObject({
      value: 33.21,
      note: 'Eurostat flags: break in time series',
      line: 73,
    });
    expect(find(result.observations, 'GRC', 'ent_ai_use_pct', '2025')).toBeDefined();
    expect(find(result.observations, 'EU27', 'ent_ai_use_pct', '2025')).toBeDefined();
  });

  it('skips an empty value of a chosen series rather than reading it as zero', () => {
    const series = [
      {
        indicatorCode: 'ent_ai_own_staff_pct',
        dimensions: { indic_is: 'E_AI_ADOWN', size_emp: 'GE10' },
      },
    ];
    const result = importSdmxCsv(sdmx, { series });
    expect(result.skipped).toEqual([
      { line: expect.any(Number), reason: 'no-value', detail: 'FR 2025' },
    ]);
    expect(find(result.observations, 'FRA', 'ent_ai_own_staff_pct', '2025')).toBeUndefined();
  });
});

describe('Eurostat importers on broken copies', () => {
  it('names the row and period of a value that is not a number', () => {
    expectRefused(importEurostatTsv(gzipped(tsvText.replace('26.76 b', '26,76 b'))), [
      {
        line: 14889,
        field: '2023',
        code: 'BAD_NUMBER',
        message: 'row 14889, 2023: "26,76 b" is not a number',
      },
    ]);
  });

  it('refuses a truncated gzip file and a file of another format', () => {
    const truncated = importEurostatTsv({ ...tsv, bytes: tsv.bytes.subarray(0, 5000) });
    expect(truncated.errors[0]).toMatchObject({ code: 'UNREADABLE_FILE' });
    const workbook = importEurostatTsv({
      ...rawFile('top500/TOP500_201906.xls'),
      fileName: tsv.fileName,
    });
    expect(workbook.errors[0]).toMatchObject({ code: 'WRONG_FORMAT' });
  });

  it('refuses a series choice that meets two values for one key', () => {
    const loose = [
      { indicatorCode: 'ent_cloud_use_pct', dimensions: { indic_is: 'E_CC', size_emp: 'GE10' } },
    ];
    const result = importEurostatTsv(tsv, { series: loose });
    expect(result.errors[0]).toMatchObject({ code: 'DUPLICATE_ROW' });
  });

  it('names a renamed SDMX column', () => {
    const text = new TextDecoder().decode(sdmx.bytes).replace('OBS_VALUE', 'VALUE');
    const result = importSdmxCsv({ ...sdmx, bytes: new TextEncoder().encode(text) });
    expect(result.errors).toEqual([
      {
        line: 1,
        field: 'OBS_VALUE',
        code: 'MISSING_COLUMN',
        message: 'isoc_eb_ai.csv has no "OBS_VALUE" column: is it SDMX-CSV?',
      },
    ]);
  });
});
