// Periods are read and named by the shared rules; pages format them alongside numbers.
export { formatPeriod } from '@atlas/domain';

const compact = new Intl.NumberFormat('en', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumSignificantDigits: 3,
});
const hundreds = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const small = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });
const axis = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** A value as a reader sees it: grouped, rounded to what the data supports, words for millions. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6) return compact.format(value);
  if (magnitude >= 100) return hundreds.format(value);
  return small.format(value);
}

/** A short label for chart axes (1.2K, 3.4M). */
export function formatAxisNumber(value: number): string {
  return axis.format(value);
}

/** Number and unit together; percentages attach to the number ("48.4% of population"). */
export function formatValueWithUnit(value: number, unit: string): string {
  const number = formatNumber(value);
  if (unit.startsWith('%')) return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** Minutes a reader needs for a number of words, at 220 words per minute, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 220));
}

/** The day of an ISO timestamp as a reader sees it ("December 3, 2026"), in UTC. */
export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}
