import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportFile } from '../import-file.ts';
import { expectRefused } from '../testing/expect-refused.ts';
import { rawDataDirectory, rawFile, seedObservations } from '../testing/raw-files.ts';
import { importDataPackage } from './import-data-package.ts';

const worldBankCodes = readdirSync(new URL('worldbank/', rawDataDirectory)).filter(
  (name) => /^[a-z]+(\.[a-z0-9]+)+$/.test(name) && !name.endsWith('.csv'),
);
const upload = (code: string) => ({
  descriptor: rawFile(`worldbank/${code}/datapackage.json`),
  files: [rawFile(`worldbank/${code}/data.csv`)],
});
const textFile = (fileName: string, text: string): ImportFile => ({
  fileName,
  bytes: new TextEncoder().encode(text),
});
const decode = (file: ImportFile) => new TextDecoder().decode(file.bytes);

describe('importDataPackage on the 14 World Bank packages', () => {
  it('reads every package without an error and proposes its indicator', () => {
    expect(worldBankCodes).toHaveLength(14);
    for (const code of worldBankCodes) {
      const result = importDataPackage(upload(code));
      expect(result.errors, code).toEqual([]);
      expect(result.observations.length, code).toBeGreaterThan(1000);
      expect(result.indicators[0]?.publisherCode, code).toBe(code.toUpperCase());
    }
  });

  it('takes title, licence and unit from datapackage.json', () => {
    const result = importDataPackage(upload('it.net.bbnd.p2'));
    expect(result.source).toMatchObject({
      key: 'wb_it_net_bbnd_p2',
      title: 'Fixed broadband subscriptions (per 100 people)',
      licence: 'CC-BY-4.0',
      url: 'https://data.worldbank.org/indicator/IT.NET.BBND.P2',
      fileName: 'it.net.bbnd.p2/data.csv',
    });
    expect(result.indicators).toEqual([
      {
        code: 'fixed_broadband_per100',
        publisherCode: 'IT.NET.BBND.P2',
        publisherTitle: 'Fixed broadband subscriptions (per 100 people)',
        unit: 'per 100 people',
      },
    ]);
    expect(result.observations.find((o) => o.regionCode === 'ABW' && o.period === '2003')).toEqual({
      line: 2,
      regionCode: 'ABW',
      indicatorCode: 'fixed_broadband_per100',
      period: '2003',
      value: 1.51554544469722,
      note: null,
      excerpt: 'Aruba,ABW,2003,1.51554544469722',
    });
  });

  it('equals the values the seed data took from the same packages', () => {
    const pairs = [
      ['sp.pop.totl', 'wdi_sp_pop_totl_2026'],
      ['ny.gdp.mktp.cd', 'wdi_ny_gdp_mktp_cd_2026'],
      ['it.net.bbnd.p2', 'wdi_it_net_bbnd_p2_2026'],
      ['eg.use.elec.kh.pc', 'wdi_eg_use_elec_kh_pc_2026'],
    ] as const;
    for (const [code, sourceId] of pairs) {
      const result = importDataPackage(upload(code));
      const rows = seedObservations(sourceId);
      expect(rows.length, sourceId).toBeGreaterThan(400);
      for (const row of rows) {
        const found = result.observations.find(
          (o) => o.regionCode === row.region_code && o.period === row.period,
        );
        expect(found?.value, `${sourceId} ${row.region_code} ${row.period}`).toBe(
          Number(row.value),
        );
      }
    }
  });

  it('imports the world and skips the other World Bank aggregates', () => {
    const result = importDataPackage(upload('sp.pop.totl'));
    const regions = new Set(result.observations.map((o) => o.regionCode));
    expect(regions.has('WLD')).toBe(true);
    for (const aggregate of ['EUU', 'HIC', 'LMY', 'SSF', 'OED'])
      expect(regions.has(aggregate)).toBe(false);
    expect(result.skipped.every((row) => row.reason === 'aggregate')).toBe(true);
    expect(result.skipped.length).toBeGreaterThan(1000);
  });
});

describe('importDataPackage on broken packages', () => {
  const original = upload('it.net.secr.p6');
  const data = decode(original.files[0] as ImportFile);
  /** The package with one piece of its data file replaced. */
  const importEdited = (from: string, to: string) =>
    importDataPackage({ ...original, files: [textFile('data.csv', data.replace(from, to))] });

  it('names the schema field a renamed column no longer matches', () => {
    expectRefused(importEdited('Country Code,Year', 'Country Code,Yr'), [
      {
        line: 1,
        field: 'Year',
        code: 'SCHEMA_MISMATCH',
        message: 'column 3 of data.csv is "Yr" but the schema\'s field 3 is "Year"',
      },
    ]);
  });

  it('names the row and field of a cell that does not fit the schema type', () => {
    expectRefused(importEdited('ABW,2013,416.370948663355', 'ABW,2013,about 3'), [
      {
        line: 5,
        field: 'Value',
        code: 'SCHEMA_MISMATCH',
        message: 'row 5: "Value" is "about 3", not a number as the schema says',
      },
    ]);
  });

  it('refuses a descriptor that is not JSON and a package without its data file', () => {
    const notJson = importDataPackage({
      ...original,
      descriptor: textFile('datapackage.json', '{"title": '),
    });
    expect(notJson.errors[0]).toMatchObject({ code: 'WRONG_FORMAT' });
    const noData = importDataPackage({ ...original, files: [] });
    expect(noData.errors[0]?.message).toBe(
      "the package's data file (data.csv) was not uploaded with datapackage.json",
    );
  });
});

describe('importDataPackage on a package of its own following the standard', () => {
  const descriptor = (fields: object[]) =>
    textFile(
      'datapackage.json',
      JSON.stringify({
        name: 'lab-clusters',
        title: 'GPU clusters counted by a lab',
        created: '2026-05-01',
        licenses: [{ name: 'CC0-1.0' }],
        sources: [{ title: 'Example Lab', path: 'https://example.org/clusters' }],
        resources: [{ name: 'clusters', path: 'clusters.csv', schema: { fields } }],
      }),
    );
  const fields = [
    { name: 'region_code', type: 'string' },
    { name: 'indicator_code', type: 'string' },
    { name: 'period', type: 'string' },
    { name: 'value', type: 'integer' },
  ];
  const csv =
    'region_code,indicator_code,period,value\nUSA,gpu_clusters,2025,12\nEUU,gpu_clusters,2025,7\nCHN,gpu_clusters,2025,\n';

  it('reads region, indicator, period and value fields by their names', () => {
    const result = importDataPackage({
      descriptor: descriptor(fields),
      files: [textFile('clusters.csv', csv)],
    });
    expect(result.errors).toEqual([]);
    expect(result.observations).toEqual([
      {
        line: 2,
        regionCode: 'USA',
        indicatorCode: 'gpu_clusters',
        period: '2025',
        value: 12,
        note: null,
        excerpt: 'USA,gpu_clusters,2025,12',
      },
    ]);
    expect(result.skipped).toEqual([
      { line: 3, reason: 'aggregate', detail: 'EUU, gpu_clusters, 2025, 7' },
      { line: 4, reason: 'no-value', detail: 'CHN 2025' },
    ]);
    expect(result.source).toMatchObject({
      key: 'pkg_lab_clusters',
      publisher: 'Example Lab',
      year: 2026,
      licence: 'CC0-1.0',
      url: 'https://example.org/clusters',
    });
  });

  it('refuses a CSV whose cells do not fit the schema, and a schema without a region field', () => {
    const decimal = importDataPackage({
      descriptor: descriptor(fields),
      files: [textFile('clusters.csv', csv.replace('12', '12.5'))],
    });
    expect(decimal.errors).toEqual([
      {
        line: 2,
        field: 'value',
        code: 'SCHEMA_MISMATCH',
        message: 'row 2: "value" is "12.5", not an integer as the schema says',
      },
    ]);
    const noRegion = importDataPackage({
      descriptor: descriptor([{ name: 'place', type: 'string' }, ...fields.slice(1)]),
      files: [textFile('clusters.csv', csv.replace('region_code', 'place'))],
    });
    expect(noRegion.errors[0]).toMatchObject({ code: 'MISSING_COLUMN', field: 'region' });
    const chosen = importDataPackage(
      {
        descriptor: descriptor([{ name: 'place', type: 'string' }, ...fields.slice(1)]),
        files: [textFile('clusters.csv', csv.replace('region_code', 'place'))],
      },
      { fields: { region: 'place' } },
    );
    expect(chosen.errors).toEqual([]);
  });
});
