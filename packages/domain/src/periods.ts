/** How long a period lasts: a calendar year (`2024`) or a calendar month (`2024-06`). */
export type PeriodType = 'YEAR' | 'MONTH';

/** A period as the API, the portal and the seed data write it, read once. */
export interface Period {
  /** As written: `YYYY` for a year, `YYYY-MM` for a month. */
  text: string;
  type: PeriodType;
  /** First day of the period, midnight UTC. */
  start: Date;
  /** Last day of the period, midnight UTC. */
  end: Date;
}

/** The grammar in words, for messages that tell people how to write a period. */
export const periodSyntax = 'YYYY or YYYY-MM';

// A four-digit year from 1000 on, optionally a two-digit month 01–12.
const periodPattern = /^([1-9]\d{3})(?:-(0[1-9]|1[0-2]))?$/;

/** Reads a period written `YYYY` (a year) or `YYYY-MM` (a month); null when it is neither. */
export function parsePeriod(text: string): Period | null {
  const match = periodPattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return {
      text,
      type: 'YEAR',
      start: new Date(Date.UTC(year, 0, 1)),
      end: new Date(Date.UTC(year, 11, 31)),
    };
  }
  const month = Number(match[2]) - 1;
  return {
    text,
    type: 'MONTH',
    start: new Date(Date.UTC(year, month, 1)),
    end: new Date(Date.UTC(year, month + 1, 0)),
  };
}

export function isPeriod(text: string): boolean {
  return periodPattern.test(text);
}

/** Reads a period that is known to be well formed (stored data, an API answer); throws if not. */
export function readPeriod(text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new Error(`Not a period: "${text}" (expected ${periodSyntax})`);
  return period;
}

/** The timestamp of a period's first day, UTC: where it sits on a time axis. */
export function periodStart(text: string): number {
  return readPeriod(text).start.getTime();
}

/** Orders periods in time; a year sorts before the months of that year. */
export function comparePeriods(a: string, b: string): number {
  return periodStart(a) - periodStart(b) || a.length - b.length;
}

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** For readers: "2024-11" → "Nov 2024"; "2023" → "2023"; anything else as it is. */
export function formatPeriod(text: string): string {
  const period = parsePeriod(text);
  if (period?.type !== 'MONTH') return text;
  return `${monthNames[period.start.getUTCMonth()]} ${period.start.getUTCFullYear()}`;
}
