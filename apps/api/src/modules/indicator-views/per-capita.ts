import type { Indicator } from '@atlas/db';
import { populationIndicator } from '@atlas/domain';

/** Per-person values are given per million people, so that they stay readable numbers. */
const peoplePerValue = 1_000_000;

/** Counts and totals can be divided by population; shares, ratios and the population itself not. */
export function perCapitaAvailable(indicator: Pick<Indicator, 'code' | 'additive'>): boolean {
  return indicator.additive && indicator.code !== populationIndicator;
}

export function perCapitaUnit(unit: string): string {
  return `${unit} per million people`;
}

interface RegionValue {
  regionId: number;
  period: string;
  value: number;
}

const regionYear = (row: RegionValue) => `${row.regionId}:${row.period.slice(0, 4)}`;

/**
 * Divides each value by the population of its region in the same year (a monthly period uses its
 * year), per million people, unrounded. Values without a positive population for that year are
 * left out: a per-person value is never made from a population of another year.
 */
export function divideByPopulation<T extends RegionValue>(
  rows: readonly T[],
  population: readonly RegionValue[],
): T[] {
  const people = new Map(population.map((row) => [regionYear(row), row.value]));
  return rows.flatMap((row) => {
    const divisor = people.get(regionYear(row));
    if (divisor === undefined || divisor <= 0) return [];
    return [{ ...row, value: (row.value / divisor) * peoplePerValue }];
  });
}
