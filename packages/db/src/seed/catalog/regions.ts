import type { RegionKind } from '../../generated/prisma/enums.ts';

export interface RegionDefinition {
  code: string;
  name: string;
  kind: RegionKind;
  description?: string;
  /** Code of the enclosing region (countries and territories sit in the world). */
  parentCode?: string;
  /** Codes of the members, for aggregates whose membership is documented. */
  memberCodes?: readonly string[];
}

const WORLD = 'WLD';

/**
 * Countries and territories that appear in prisma/data, by ISO 3166-1 alpha-3 code. Hong Kong
 * keeps the World Bank's name (the data's denominators come from it) and Taiwan the name TOP500
 * and the UN population data use; both stay separate from China, as in the sources.
 */
const COUNTRY_NAMES: Record<string, string> = {
  ALB: 'Albania',
  ARE: 'United Arab Emirates',
  ARG: 'Argentina',
  AUS: 'Australia',
  AUT: 'Austria',
  BEL: 'Belgium',
  BGR: 'Bulgaria',
  BIH: 'Bosnia and Herzegovina',
  BRA: 'Brazil',
  CAN: 'Canada',
  CHE: 'Switzerland',
  CHN: 'China',
  CYP: 'Cyprus',
  CZE: 'Czechia',
  DEU: 'Germany',
  DNK: 'Denmark',
  ESP: 'Spain',
  EST: 'Estonia',
  FIN: 'Finland',
  FRA: 'France',
  GBR: 'United Kingdom',
  GRC: 'Greece',
  HKG: 'Hong Kong SAR, China',
  HRV: 'Croatia',
  HUN: 'Hungary',
  IND: 'India',
  IRL: 'Ireland',
  ISL: 'Iceland',
  ISR: 'Israel',
  ITA: 'Italy',
  JPN: 'Japan',
  KOR: 'South Korea',
  LTU: 'Lithuania',
  LUX: 'Luxembourg',
  LVA: 'Latvia',
  MAR: 'Morocco',
  MKD: 'North Macedonia',
  MLT: 'Malta',
  MNE: 'Montenegro',
  MYS: 'Malaysia',
  NLD: 'Netherlands',
  NOR: 'Norway',
  POL: 'Poland',
  PRT: 'Portugal',
  ROU: 'Romania',
  RUS: 'Russia',
  SAU: 'Saudi Arabia',
  SGP: 'Singapore',
  SRB: 'Serbia',
  SVK: 'Slovakia',
  SVN: 'Slovenia',
  SWE: 'Sweden',
  THA: 'Thailand',
  TUR: 'Türkiye',
  TWN: 'Taiwan',
  USA: 'United States',
  VNM: 'Vietnam',
  ZAF: 'South Africa',
};

/**
 * The European Union of 27 members in its 2020 composition, as Eurostat (`EU27_2020`), the IFR
 * and the AI Index define "European Union" in prisma/data.
 */
const EU27_MEMBERS = [
  'AUT',
  'BEL',
  'BGR',
  'CYP',
  'CZE',
  'DEU',
  'DNK',
  'ESP',
  'EST',
  'FIN',
  'FRA',
  'GRC',
  'HRV',
  'HUN',
  'IRL',
  'ITA',
  'LTU',
  'LUX',
  'LVA',
  'MLT',
  'NLD',
  'POL',
  'PRT',
  'ROU',
  'SVK',
  'SVN',
  'SWE',
] as const;

/**
 * Europe as a set of members: the EU, EFTA and United Kingdom countries in the data. The
 * sources' own "Europe" (the IEA region, CAICT's "Europe as a whole") list no members; Russia,
 * Türkiye and Israel are left out because publishers disagree on whether they count as Europe.
 */
const EUROPE_MEMBERS = [...EU27_MEMBERS, 'CHE', 'GBR', 'ISL', 'NOR'] as const;

/**
 * The fifteen countries of the Global Computing Power Index from its 2021-2022 edition on, as
 * listed by score band for the 2022-2023 edition in prisma/data/README.md. The 2020 edition
 * assessed ten of them; the data does not name which, so the later sample is used.
 */
const GCI_SAMPLE_MEMBERS = [
  'USA',
  'CHN',
  'JPN',
  'DEU',
  'SGP',
  'GBR',
  'FRA',
  'IND',
  'CAN',
  'KOR',
  'IRL',
  'AUS',
  'ITA',
  'BRA',
  'ZAF',
] as const;

/** Every region the seed creates; descriptions of aggregates follow prisma/data/README.md. */
export const REGIONS: readonly RegionDefinition[] = [
  { code: WORLD, name: 'World', kind: 'WORLD', description: 'The whole world.' },
  {
    code: 'EUR',
    name: 'Europe',
    kind: 'AGGREGATE',
    description:
      'Europe as each source defines it: the IEA "Europe" region, or CAICT\'s "Europe as a whole". Members listed here are the EU, EFTA and UK countries in the data.',
    memberCodes: EUROPE_MEMBERS,
  },
  {
    code: 'EU27',
    name: 'European Union',
    kind: 'AGGREGATE',
    description:
      'The European Union of 27 member states (2020 composition), as Eurostat (EU27_2020), the IFR and the AI Index define it.',
    memberCodes: EU27_MEMBERS,
  },
  {
    code: 'APAC_XCHN',
    name: 'Asia Pacific excluding China',
    kind: 'AGGREGATE',
    description: 'The IEA region "Asia Pacific excluding China".',
  },
  {
    code: 'ROW_IEA',
    name: 'Rest of the world (IEA)',
    kind: 'AGGREGATE',
    description:
      'The IEA region "Rest of World": what its regional breakdown leaves outside the named regions.',
  },
  {
    code: 'GCI_SAMPLE',
    name: 'Global Computing Power Index countries',
    kind: 'AGGREGATE',
    description:
      'The countries assessed by the Global Computing Power Index: ten in the 2020 edition, fifteen from the 2021-2022 edition on.',
    memberCodes: GCI_SAMPLE_MEMBERS,
  },
  {
    code: 'US_BIG4',
    name: 'Four largest US hyperscalers',
    kind: 'AGGREGATE',
    description:
      'Microsoft, Alphabet, Amazon and Meta taken together: company-level, worldwide figures, not a territory.',
  },
  ...Object.entries(COUNTRY_NAMES).map(([code, name]) => ({
    code,
    name,
    kind: 'COUNTRY' as const,
    parentCode: WORLD,
  })),
];
