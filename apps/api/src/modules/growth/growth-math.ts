/** Years between two period starts, counted in whole months (a month is a twelfth of a year). */
export function yearsBetween(start: Date, end: Date): number {
  const months =
    (end.getUTCFullYear() - start.getUTCFullYear()) * 12 +
    (end.getUTCMonth() - start.getUTCMonth());
  return months / 12;
}

/** `end / start − 1`, or null when the start is zero. */
export function relativeChange(start: number, end: number): number | null {
  return start === 0 ? null : end / start - 1;
}

/** Compound annual growth rate; null when a value is not positive or no time passes. */
export function compoundAnnualGrowthRate(start: number, end: number, years: number): number | null {
  if (start <= 0 || end <= 0 || years <= 0) return null;
  return (end / start) ** (1 / years) - 1;
}

/** The same period one year earlier: `2024` → `2023`, `2024-11` → `2023-11`. */
export function previousYearPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  return `${String(year - 1).padStart(4, '0')}${period.slice(4)}`;
}
