/** A period ("2024", "2024-11") as the timestamp of its first day, UTC. */
export function periodStart(period: string): number {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!match) throw new Error(`Not a period: "${period}" (expected YYYY or YYYY-MM)`);
  return Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, 1);
}

/** Orders periods in time; a year sorts before the months of that year. */
export function comparePeriods(a: string, b: string): number {
  return periodStart(a) - periodStart(b) || a.length - b.length;
}
