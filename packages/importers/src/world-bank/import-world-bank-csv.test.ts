import { describe, expect, it } from 'vitest';
import { rawFile, seedObservations } from '../testing/raw-files.ts';
import { importWorldBankCsv } from './import-world-bank-csv.ts';

const file = rawFile('worldbank/API_IT.NET.USER.ZS_DS2_en_csv_v2_33086.csv');
// Keeps the byte order mark, so that the broken copies keep it too.
const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
const withText = (edited: string) => ({
  fileName: file.fileName,
  bytes: new TextEncoder().encode(edited),
});

describe('importWorldBankCsv on the real bulk file', () => {
  const result = importWorldBankCsv(file);

  it('reads the file with its byte order mark, preamble, CRLF ends and empty cells', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    expect(result.errors).toEqual([]);
    expect(result.indicators).toEqual([
      {
        code: 'internet_users_pct',
        publisherCode: 'IT.NET.USER.ZS',
        publisherTitle: 'Individuals using the Internet (% of population)',
        unit: '% of population',
      },
    ]);
    expect(result.source).toMatchObject({
      key: 'wb_it_net_user_zs',
      publisher: 'World Bank, World Development Indicators',
      year: 2026,
      url: 'https://data.worldbank.org/indicator/IT.NET.USER.ZS',
      licence: 'CC-BY-4.0',
    });
    const afghanistan = result.observations.find(
      (o) => o.regionCode === 'AFG' && o.period === '2005',
    );
    expect(afghanistan).toMatchObject({ line: 6, value: 1.224148084 });
    expect(afghanistan?.excerpt).toMatch(
      /^Afghanistan,AFG,Individuals using the Internet \(% of population\),IT\.NET\.USER\.ZS,,/,
    );
  });

  it('equals the values the seed data took from the same file', () => {
    const seedRows = seedObservations('wb_it_net_user_zs_2026');
    expect(seedRows.length).toBe(430);
    for (const row of seedRows) {
      const found = result.observations.find(
        (o) => o.regionCode === row.region_code && o.period === row.period,
      );
      expect(found?.value, `${row.region_code} ${row.period}`).toBe(Number(row.value));
    }
  });

  it('imports the world, skips the other aggregates and rows without any value', () => {
    expect(result.observations.some((o) => o.regionCode === 'WLD')).toBe(true);
    expect(
      result.observations.some((o) => ['EUU', 'HIC', 'ARB', 'CHI'].includes(o.regionCode)),
    ).toBe(false);
    expect(result.skipped).toContainEqual(
      expect.objectContaining({ reason: 'aggregate', detail: 'HIC High income' }),
    );
    expect(result.skipped).toContainEqual(
      expect.objectContaining({ reason: 'no-value', detail: 'IMN Isle of Man' }),
    );
  });
});

describe('importWorldBankCsv on broken copies', () => {
  it('names a renamed column', () => {
    const broken = importWorldBankCsv(
      withText(text.replace('Country Name,Country Code', 'Country Name,Economy')),
    );
    expect(broken.errors).toEqual([
      expect.objectContaining({ code: 'MISSING_COLUMN', field: 'Country Name' }),
    ]);
    expect(broken.observations).toEqual([]);
  });

  it('names the row and year of a value that is not a number, and commits nothing', () => {
    const broken = importWorldBankCsv(withText(text.replace(',0.004722568,', ',n/a,')));
    expect(broken.errors).toEqual([
      { line: 6, field: '2001', code: 'BAD_NUMBER', message: 'row 6, 2001: "n/a" is not a number' },
    ]);
    expect(broken.observations).toEqual([]);
  });

  it('refuses a workbook sent as a bulk CSV', () => {
    const workbook = rawFile('top500/TOP500_202411.xlsx');
    expect(importWorldBankCsv(workbook).errors).toEqual([
      expect.objectContaining({ code: 'WRONG_FORMAT' }),
    ]);
  });

  it('asks for the indicator when the mapping table does not know the code', () => {
    const unknown = importWorldBankCsv(withText(text.replaceAll('IT.NET.USER.ZS', 'XX.NEW.CODE')));
    expect(unknown.errors[0]).toMatchObject({ code: 'UNKNOWN_INDICATOR', field: 'Indicator Code' });
    const chosen = importWorldBankCsv(withText(text.replaceAll('IT.NET.USER.ZS', 'XX.NEW.CODE')), {
      indicatorCode: 'new_code',
    });
    expect(chosen.errors).toEqual([]);
    expect(chosen.observations[0]?.indicatorCode).toBe('new_code');
  });
});
