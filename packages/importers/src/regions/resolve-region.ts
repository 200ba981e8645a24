import { countries, type Country } from './country-table.ts';
import { eurostatAggregate, worldBankAggregate, type AggregateMatch } from './aggregates.ts';

export type RegionMatch = { kind: 'country'; code: string } | AggregateMatch | { kind: 'unknown' };

const unknown: RegionMatch = { kind: 'unknown' };
const byIso3 = new Map<string, Country>(countries.map((country) => [country.iso3, country]));
const byIso2 = new Map<string, Country>(countries.map((country) => [country.iso2, country]));

/** Eurostat's two departures from ISO 3166-1 alpha-2. */
const eurostatCountryCodes: Record<string, string> = { EL: 'GRC', UK: 'GBR' };

/**
 * Names TOP500 gives countries that differ from both the ISO and the World Bank name,
 * as found in the 49 list files (including its misspelling "Saudia Arabia").
 */
const top500CountryNames: Record<string, string> = {
  'korea, south': 'KOR',
  'czech republic': 'CZE',
  russia: 'RUS',
  'saudia arabia': 'SAU',
  turkey: 'TUR',
};

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

const byName = new Map<string, string>();
for (const country of countries) {
  byName.set(normalise(country.name), country.iso3);
  if (country.worldBankName) byName.set(normalise(country.worldBankName), country.iso3);
}
for (const [name, iso3] of Object.entries(top500CountryNames)) byName.set(name, iso3);

const country = (iso3: string): RegionMatch => ({ kind: 'country', code: iso3 });

/** A World Bank `Country Code`: ISO 3166-1 alpha-3, Kosovo's XKX, or one of its aggregates. */
export function regionOfWorldBankCode(code: string): RegionMatch {
  const trimmed = code.trim().toUpperCase();
  if (byIso3.has(trimmed)) return country(trimmed);
  return worldBankAggregate(trimmed) ?? unknown;
}

/** A Eurostat `geo` code: ISO 3166-1 alpha-2 except `EL` (Greece) and `UK`, or an aggregate. */
export function regionOfEurostatCode(code: string): RegionMatch {
  const trimmed = code.trim().toUpperCase();
  const special = eurostatCountryCodes[trimmed];
  if (special) return country(special);
  const found = byIso2.get(trimmed);
  if (found) return country(found.iso3);
  return eurostatAggregate(trimmed) ?? unknown;
}

/** A country's English name as TOP500, ISO 3166-1 or the World Bank write it. */
export function regionOfCountryName(name: string): RegionMatch {
  const iso3 = byName.get(normalise(name));
  return iso3 ? country(iso3) : unknown;
}
