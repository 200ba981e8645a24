import { describe, expect, it } from 'vitest';
import { importPublisherFile, isImportFormat } from './import-publisher-file.ts';
import { rawFile } from './testing/raw-files.ts';

describe('importPublisherFile', () => {
  it('hands each format to its importer', () => {
    const cases = [
      ['top500', [rawFile('top500/TOP500_202506.xlsx')]],
      ['world-bank-csv', [rawFile('worldbank/API_IT.NET.USER.ZS_DS2_en_csv_v2_33086.csv')]],
      ['eurostat-tsv', [rawFile('eurostat/estat_isoc_cicce_use.tsv.gz')]],
      ['eurostat-sdmx-csv', [rawFile('eurostat/isoc_eb_ai.csv')]],
      [
        'data-package',
        [
          rawFile('worldbank/ip.pat.resd/data.csv'),
          rawFile('worldbank/ip.pat.resd/datapackage.json'),
        ],
      ],
    ] as const;
    for (const [format, files] of cases) {
      const result = importPublisherFile(format, files);
      expect(result.format, format).toBe(format);
      expect(result.errors, format).toEqual([]);
      expect(result.observations.length, format).toBeGreaterThan(0);
      expect(result.source.sha256, format).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('refuses the wrong number of files and knows the formats of ?format=', () => {
    expect(importPublisherFile('top500', []).errors[0]?.message).toBe(
      'the top500 format takes exactly one file',
    );
    expect(
      importPublisherFile('data-package', [rawFile('worldbank/ip.pat.resd/data.csv')]).errors[0]
        ?.message,
    ).toBe('a data package needs its datapackage.json with its data file');
    expect(isImportFormat('eurostat-tsv')).toBe(true);
    expect(isImportFormat('csv')).toBe(false);
  });
});
