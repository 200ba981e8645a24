import { failure } from '../import-result.ts';

/** The fields of a system that the importer reads, whatever the list's own column names. */
export type SystemField =
  | 'rank'
  | 'name'
  | 'computer'
  | 'site'
  | 'manufacturer'
  | 'country'
  | 'year'
  | 'segment'
  | 'cores'
  | 'acceleratorCores'
  | 'rmax'
  | 'rpeak'
  | 'power'
  | 'processor'
  | 'accelerator'
  | 'previousRank'
  | 'systemId'
  | 'siteId';

/**
 * The header names each field has had since June 2000 (see prisma/data/raw/top500/README.md):
 * `Processors` became `Cores` (2008-11) and `Total Cores` (2011-11); `RMax`/`Rmax` in GFlop/s
 * became `Rmax [TFlop/s]` (2017-06); `Power` became `Power (kW)` (2017-06).
 */
const headerNames: Record<SystemField, readonly string[]> = {
  rank: ['Rank'],
  name: ['Name'],
  computer: ['Computer'],
  site: ['Site'],
  manufacturer: ['Manufacturer'],
  country: ['Country'],
  year: ['Year'],
  segment: ['Segment'],
  cores: ['Total Cores', 'Cores', 'Processors'],
  acceleratorCores: ['Accelerator/Co-Processor Cores', 'Accelerator Cores'],
  rmax: ['Rmax [TFlop/s]', 'Rmax', 'RMax'],
  rpeak: ['Rpeak [TFlop/s]', 'Rpeak', 'RPeak'],
  power: ['Power (kW)', 'Power'],
  processor: ['Processor'],
  accelerator: ['Accelerator/Co-Processor', 'Accelerator'],
  previousRank: ['Previous Rank'],
  systemId: ['System ID'],
  siteId: ['Site ID'],
};

/** Every list has these; the others came and went over the years. */
const requiredFields: readonly SystemField[] = [
  'rank',
  'site',
  'country',
  'rmax',
  'rpeak',
  'segment',
];

/** Where each field is in this list's rows, and the unit its Rmax and Rpeak are in. */
export interface ListColumns {
  index: Partial<Record<SystemField, number>>;
  /** The header as the file writes it, for messages and excerpts. */
  header: string[];
  /** Multiply Rmax and Rpeak by this to get TFlop/s: 1 from 2017-06, 1/1000 (GFlop/s) before. */
  toTflops: number;
}

export function locateColumns(headerRow: readonly unknown[]): ListColumns {
  const header = headerRow.map((cell) =>
    cell === null || cell === undefined ? '' : String(cell).trim(),
  );
  const index: Partial<Record<SystemField, number>> = {};
  for (const [field, names] of Object.entries(headerNames) as [SystemField, readonly string[]][]) {
    const at = header.findIndex((name) => names.includes(name));
    if (at >= 0) index[field] = at;
  }
  for (const field of requiredFields) {
    if (index[field] === undefined) {
      throw failure(
        'MISSING_COLUMN',
        `row 1 has no ${headerNames[field].map((name) => `"${name}"`).join(' or ')} column: is this a TOP500 list file?`,
        { line: 1, field: headerNames[field][0] },
      );
    }
  }
  const rmaxHeader = header[index.rmax ?? -1] ?? '';
  return { index, header, toTflops: rmaxHeader.includes('[TFlop/s]') ? 1 : 1 / 1000 };
}
