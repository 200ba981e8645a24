const compact = new Intl.NumberFormat('en', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumSignificantDigits: 3,
});
const hundreds = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const small = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });
const axis = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });

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

/** "2024-11" → "Nov 2024"; "2023" → "2023". */
export function formatPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return period;
  const name = monthNames[Number(month[2]) - 1];
  return name ? `${name} ${month[1]}` : period;
}

/** Minutes a reader needs for a number of words, at 220 words per minute, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 220));
}
