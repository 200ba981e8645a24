import type { ImporterError } from '../import-result.ts';
import { regionOfCountryName } from '../regions/resolve-region.ts';
import { parseNumber } from '../result-builder.ts';
import type { ListColumns, SystemField } from './list-columns.ts';
import { isSegment, type Segment } from './top500-indicators.ts';

/** One system of a TOP500 list as the file gives it, in TFlop/s and kW. */
export interface Top500System {
  /** Row of the sheet (the header is row 1). */
  line: number;
  rank: number;
  /** The system's name (lists from 2011-11 on); older lists name only the computer. */
  name: string | null;
  computer: string | null;
  site: string;
  /** TOP500's country name as written, and the atlas region code it maps to. */
  countryName: string;
  regionCode: string;
  manufacturer: string | null;
  segment: Segment;
  processor: string | null;
  /** The accelerator or co-processor; null when the list has no such column or the system has none. */
  accelerator: string | null;
  /** Null when the list does not say (before 2011-06). */
  accelerated: boolean | null;
  cores: number | null;
  acceleratorCores: number | null;
  /** Installation year. */
  year: number | null;
  rmaxTflops: number;
  rpeakTflops: number;
  /** Null when the list has no power column or the system reported none. */
  powerKw: number | null;
  /** Its rank on the list before (lists from 2012-06 on); null when it is new or the list does not say. */
  previousRank: number | null;
  /** TOP500's own ids of the system and its site (lists from 2017-11 on), which follow them from list to list. */
  systemId: string | null;
  siteId: string | null;
  /** The row as read: every non-empty cell with its column name. */
  excerpt: string;
}

/** What TOP500 writes in the accelerator column for a system without one. */
const noAccelerator = /^(none|n\/a|-)?$/i;

/** Reads the data rows; a row with a problem yields errors naming its row and column instead of a system. */
export function readSystems(
  rows: readonly unknown[][],
  columns: ListColumns,
): { systems: Top500System[]; errors: ImporterError[] } {
  const systems: Top500System[] = [];
  const errors: ImporterError[] = [];
  rows.forEach((cells, at) => {
    if (at === 0 || cells.every(isEmpty)) return; // the header; trailing empty rows
    const line = at + 1;
    const rowErrors: ImporterError[] = [];
    const fieldName = (field: SystemField) => columns.header[columns.index[field] ?? -1] ?? field;
    const cell = (field: SystemField): unknown => {
      const index = columns.index[field];
      return index === undefined ? null : cells[index];
    };
    const fail = (field: SystemField, code: ImporterError['code'], detail: string) =>
      rowErrors.push({ line, field: fieldName(field), code, message: `row ${line}: ${detail}` });
    const text = (field: SystemField, required = false): string | null => {
      const value = cell(field);
      if (!isEmpty(value)) return String(value).trim();
      if (required) fail(field, 'MISSING_VALUE', `"${fieldName(field)}" is empty`);
      return null;
    };
    const number = (field: SystemField, required = false): number | null => {
      const value = text(field, required);
      if (value === null) return null;
      const parsed = parseNumber(value);
      if (parsed !== null) return parsed;
      fail(field, 'BAD_NUMBER', `"${fieldName(field)}" is "${value}", not a number`);
      return null;
    };

    const rank = number('rank', true);
    const rmax = number('rmax', true);
    const rpeak = number('rpeak', true);
    const countryName = text('country') ?? '';
    const region = regionOfCountryName(countryName);
    if (region.kind !== 'country')
      fail('country', 'UNKNOWN_COUNTRY', `unknown country "${countryName}"`);
    const site = text('site', true);
    const segment = text('segment', true);
    if (segment !== null && !isSegment(segment)) {
      fail('segment', 'BAD_VALUE', `unknown segment "${segment}"`);
    }
    const accelerator = text('accelerator');
    const hasAcceleratorColumn = columns.index.accelerator !== undefined;
    const cores = number('cores');
    const acceleratorCores = number('acceleratorCores');
    const year = number('year');
    const power = number('power');
    if (
      rowErrors.length > 0 ||
      rank === null ||
      rmax === null ||
      rpeak === null ||
      region.kind !== 'country' ||
      site === null ||
      segment === null ||
      !isSegment(segment)
    ) {
      errors.push(...rowErrors);
      return;
    }
    systems.push({
      line,
      rank,
      name: text('name'),
      computer: text('computer'),
      site,
      countryName,
      regionCode: region.code,
      manufacturer: text('manufacturer'),
      segment,
      processor: text('processor'),
      accelerator: accelerator !== null && noAccelerator.test(accelerator) ? null : accelerator,
      accelerated: hasAcceleratorColumn
        ? accelerator !== null && !noAccelerator.test(accelerator)
        : null,
      cores,
      acceleratorCores,
      year,
      rmaxTflops: rmax * columns.toTflops,
      rpeakTflops: rpeak * columns.toTflops,
      powerKw: power,
      previousRank: number('previousRank'),
      systemId: text('systemId'),
      siteId: text('siteId'),
      excerpt: describeRow(columns.header, cells),
    });
  });
  return { systems, errors };
}

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

function describeRow(header: readonly string[], cells: readonly unknown[]): string {
  return cells
    .map((value, at) =>
      isEmpty(value) ? null : `${header[at] || `column ${at + 1}`}: ${String(value)}`,
    )
    .filter((part) => part !== null)
    .join(' | ');
}
