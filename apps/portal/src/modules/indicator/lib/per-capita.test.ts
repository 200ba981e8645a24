import { describe, expect, it } from 'vitest';
import type { FigureFieldsFragment } from '@/gql/graphql';
import { indexPopulation, perCapita } from './per-capita';

function figure(region: string, period: string, value: number): FigureFieldsFragment {
  return {
    period,
    periodType: period.length > 4 ? 'MONTH' : 'YEAR',
    value,
    status: 'FINAL',
    note: null,
    indicator: { code: 'x', name: 'x', unit: 'u' },
    region: { code: region, name: region },
    source: null,
  };
}

describe('perCapita', () => {
  it('divides by the population of the same region and year, per million people', () => {
    const population = indexPopulation([
      figure('USA', '2024', 340_000_000),
      figure('CHN', '2024', 1_400_000_000),
    ]);
    const result = perCapita(
      [figure('USA', '2024-11', 3400), figure('CHN', '2024', 1400)],
      population,
    );
    expect(result.map((item) => [item.region.code, item.period, item.value])).toEqual([
      ['USA', '2024-11', 10],
      ['CHN', '2024', 1],
    ]);
  });

  it('leaves out figures with no population for their year', () => {
    const population = indexPopulation([figure('USA', '2023', 335_000_000)]);
    expect(perCapita([figure('USA', '2025-06', 1), figure('TWN', '2023', 1)], population)).toEqual(
      [],
    );
  });
});
