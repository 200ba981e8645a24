import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawDataDirectory } from '../testing/raw-files.ts';
import { countries } from './country-table.ts';
import {
  regionOfCountryName,
  regionOfEurostatCode,
  regionOfWorldBankCode,
} from './resolve-region.ts';

const country = (code: string) => ({ kind: 'country', code });

describe('region mapping', () => {
  it('has one entry per ISO 3166-1 country and Kosovo, with unique codes', () => {
    expect(countries).toHaveLength(250);
    expect(new Set(countries.map((entry) => entry.iso3)).size).toBe(250);
    expect(new Set(countries.map((entry) => entry.iso2)).size).toBe(250);
    expect(countries.find((entry) => entry.iso3 === 'HKG')).toEqual({
      iso3: 'HKG',
      iso2: 'HK',
      numeric: '344',
      name: 'Hong Kong',
      worldBankName: 'Hong Kong SAR, China',
    });
  });

  it('reads World Bank codes: countries, the world, and aggregates that are never countries', () => {
    expect(regionOfWorldBankCode('USA')).toEqual(country('USA'));
    expect(regionOfWorldBankCode('XKX')).toEqual(country('XKX'));
    expect(regionOfWorldBankCode('WLD')).toMatchObject({ kind: 'aggregate', atlasCode: 'WLD' });
    expect(regionOfWorldBankCode('EUU')).toMatchObject({
      kind: 'aggregate',
      name: 'European Union',
      atlasCode: null,
    });
    expect(regionOfWorldBankCode('HIC')).toMatchObject({ kind: 'aggregate', atlasCode: null });
    expect(regionOfWorldBankCode('CHI')).toMatchObject({
      kind: 'aggregate',
      name: 'Channel Islands',
    });
    expect(regionOfWorldBankCode('ZZZ')).toEqual({ kind: 'unknown' });
  });

  it('knows every code of the World Bank files as a country or an aggregate', () => {
    const codes = new Set<string>();
    for (const code of ['sp.pop.totl', 'ny.gdp.mktp.cd', 'it.net.secr.p6']) {
      const text = readFileSync(new URL(`worldbank/${code}/data.csv`, rawDataDirectory), 'utf8');
      for (const line of text.split('\n').slice(1)) {
        const match = /,([A-Z0-9]{3}),\d{4},/.exec(line);
        if (match?.[1]) codes.add(match[1]);
      }
    }
    expect(codes.size).toBeGreaterThan(250);
    const unknown = [...codes].filter((code) => regionOfWorldBankCode(code).kind === 'unknown');
    expect(unknown).toEqual([]);
  });

  it("reads Eurostat's geo codes: ISO alpha-2 with EL and UK, and its aggregates", () => {
    expect(regionOfEurostatCode('EL')).toEqual(country('GRC'));
    expect(regionOfEurostatCode('UK')).toEqual(country('GBR'));
    expect(regionOfEurostatCode('DE')).toEqual(country('DEU'));
    expect(regionOfEurostatCode('XK')).toEqual(country('XKX'));
    expect(regionOfEurostatCode('EU27_2020')).toMatchObject({
      kind: 'aggregate',
      atlasCode: 'EU27',
    });
    for (const code of ['EU28', 'EU27_2007', 'EU15', 'EA', 'EA20', 'EFTA']) {
      expect(regionOfEurostatCode(code), code).toMatchObject({
        kind: 'aggregate',
        atlasCode: null,
      });
    }
    expect(regionOfEurostatCode('QQ')).toEqual({ kind: 'unknown' });
  });

  it("reads TOP500's, ISO's and the World Bank's country names", () => {
    const names: Record<string, string> = {
      'Korea, South': 'KOR',
      'South Korea': 'KOR',
      'Czech Republic': 'CZE',
      Czechia: 'CZE',
      Taiwan: 'TWN',
      'Hong Kong': 'HKG',
      'Hong Kong SAR, China': 'HKG',
      Russia: 'RUS',
      'Slovak Republic': 'SVK',
      'Saudia Arabia': 'SAU',
      Turkey: 'TUR',
      'United States': 'USA',
      ' united  kingdom ': 'GBR',
    };
    for (const [name, code] of Object.entries(names))
      expect(regionOfCountryName(name), name).toEqual(country(code));
    expect(regionOfCountryName('Atlantis')).toEqual({ kind: 'unknown' });
  });
});
