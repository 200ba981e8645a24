import { describe, expect, it } from 'vitest';
import { divideByPopulation, perCapitaAvailable, perCapitaUnit } from './per-capita.js';

const usa = 1;
const chn = 2;
const twn = 3;

function value(regionId: number, period: string, amount: number) {
  return { regionId, period, value: amount };
}

describe('divideByPopulation', () => {
  it('divides by the population of the same region and year, per million people', () => {
    const population = [value(usa, '2024', 340_000_000), value(chn, '2024', 1_400_000_000)];
    const result = divideByPopulation(
      [value(usa, '2024-11', 3400), value(chn, '2024', 1400)],
      population,
    );
    expect(result.map((row) => [row.regionId, row.period, row.value])).toEqual([
      [usa, '2024-11', 10],
      [chn, '2024', 1],
    ]);
  });

  it('leaves out values with no population for their year', () => {
    const population = [value(usa, '2023', 335_000_000)];
    expect(
      divideByPopulation([value(usa, '2025-06', 1), value(twn, '2023', 1)], population),
    ).toEqual([]);
  });

  it('leaves out values whose population is not positive', () => {
    expect(divideByPopulation([value(usa, '2024', 1)], [value(usa, '2024', 0)])).toEqual([]);
  });

  it('keeps the other fields of each value', () => {
    const row = { ...value(usa, '2024', 680), status: 'FINAL', sourceId: 7 };
    expect(divideByPopulation([row], [value(usa, '2024', 340_000_000)])).toEqual([
      { ...row, value: 2 },
    ]);
  });
});

describe('per-person values', () => {
  it('exist for additive indicators other than the population', () => {
    expect(perCapitaAvailable({ code: 'top500_systems', additive: true })).toBe(true);
    expect(perCapitaAvailable({ code: 'internet_users_pct', additive: false })).toBe(false);
    expect(perCapitaAvailable({ code: 'population', additive: true })).toBe(false);
  });

  it('name their unit per million people', () => {
    expect(perCapitaUnit('PFLOP/s')).toBe('PFLOP/s per million people');
  });
});
