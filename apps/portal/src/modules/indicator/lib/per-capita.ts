import type { FigureFieldsFragment } from '@/gql/graphql';

/** The indicator whose values divide others into per-person figures. */
export const populationIndicator = 'population';
const perPeople = 1e6;

export function perCapitaUnit(unit: string): string {
  return `${unit} per million people`;
}

/** The population of a region in a year, keyed by `${region}:${year}`. */
export type PopulationIndex = Map<string, FigureFieldsFragment>;

export function indexPopulation(figures: FigureFieldsFragment[]): PopulationIndex {
  return new Map(
    figures.map((figure) => [`${figure.region.code}:${figure.period.slice(0, 4)}`, figure]),
  );
}

/**
 * Divides a figure by the population of its region in the same year (a monthly period uses
 * its year). Figures without a population for that year are left out: a per-person value
 * is never made from a population of another year.
 */
export function perCapita<T extends { value: number; period: string; region: { code: string } }>(
  figures: T[],
  population: PopulationIndex,
): T[] {
  return figures.flatMap((figure) => {
    const people = population.get(`${figure.region.code}:${figure.period.slice(0, 4)}`);
    if (!people || people.value <= 0) return [];
    return [{ ...figure, value: (figure.value / people.value) * perPeople }];
  });
}
