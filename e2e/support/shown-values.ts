import { expect } from '@playwright/test';

/**
 * Reads numbers the way a reader does, independently of the portal's formatter, so that a
 * wrong format, rounding or unit on screen fails the test.
 */

/** A number as displayed: its value and the rounding its last displayed digit implies. */
export interface ReadNumber {
  value: number;
  /** Half a unit of the last displayed digit, after the suffix multiplier. */
  tolerance: number;
  /** The text after the number and its suffix. */
  rest: string;
}

const digits = /^([-\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

// Compact notations: words follow a space ("1.23 million"), letters are attached ("1.2K").
const suffixes: [RegExp, number][] = [
  [/^ thousand\b/, 1e3],
  [/^ million\b/, 1e6],
  [/^ billion\b/, 1e9],
  [/^ trillion\b/, 1e12],
  [/^[kK](?![A-Za-z])/, 1e3],
  [/^M(?![A-Za-z])/, 1e6],
  [/^(?:B|bn)(?![A-Za-z])/, 1e9],
  [/^T(?![A-Za-z])/, 1e12],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The readings of a displayed number at the start of `text`: as a plain number and with each
 * compact suffix that follows it. "1.5 trillion CNY" is 1.5 of the unit "trillion CNY" or 1.5e12
 * "CNY"; the unit the caller expects decides which.
 */
export function readShownNumber(text: string): ReadNumber[] {
  const shown = text.replace(/\s+/g, ' ').trim();
  const match = digits.exec(shown);
  if (!match) return [];
  const [whole, sign, integer, fraction = ''] = match;
  const magnitude = Number(`${integer!.replaceAll(',', '')}.${fraction || '0'}`);
  const value = sign ? -magnitude : magnitude;
  const tolerance = 10 ** -fraction.length / 2;
  const rest = shown.slice(whole.length);
  const readings: ReadNumber[] = [{ value, tolerance, rest }];
  for (const [suffix, multiplier] of suffixes) {
    const found = suffix.exec(rest);
    if (found) {
      readings.push({
        value: value * multiplier,
        tolerance: tolerance * multiplier,
        rest: rest.slice(found[0].length),
      });
    }
  }
  return readings;
}

/** Whether `rest` begins with the unit: attached ("48.4% of GDP") or after a space. */
function beginsWithUnit(rest: string, unit: string): boolean {
  return new RegExp(`^ ?${escapeRegExp(unit)}(?![A-Za-z0-9])`).test(rest);
}

/** A number as the page shows it: the visible text that begins with it, and its column heading. */
export interface ShownText {
  /** The rendered text (innerText) of the element that holds the number, from the number on. */
  shown: string;
  /** Whether the number is rendered; a tooltip (an SVG title) has no such state until hovered. */
  visible?: boolean;
  /** The heading of the number's table column, when it is in a table. */
  heading?: string | null;
}

/**
 * Asserts that the page displays `value` rounded to the precision shown, and that the reader
 * sees its unit either right after the number or as the heading of the number's column (then
 * nothing but the number fills the cell).
 */
export function expectShownValue(
  { shown, heading, visible }: ShownText,
  { value, unit }: { value: number; unit: string },
  label: string,
): void {
  if (visible !== undefined) expect(visible, `${label}: the number is visible`).toBe(true);
  const readings = readShownNumber(shown);
  expect(readings.length, `${label}: a number at the start of "${shown}"`).toBeGreaterThan(0);
  const unitInHeading = heading?.replace(/\s+/g, ' ').trim() === unit;
  const [reading] = readings.filter((candidate) =>
    unitInHeading ? candidate.rest === '' : beginsWithUnit(candidate.rest, unit),
  );
  expect(
    reading,
    `${label}: "${shown}" is a number with its unit "${unit}" next to it or above its column`,
  ).toBeDefined();
  const difference = Math.abs(reading!.value - value);
  expect(
    difference <= reading!.tolerance * (1 + 1e-9),
    `${label}: "${shown}" reads as ${reading!.value} (± ${reading!.tolerance}), but the value is ${value}`,
  ).toBe(true);
}
