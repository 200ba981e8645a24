import { describe, expect, it } from 'vitest';
import {
  compoundAnnualGrowthRate,
  previousYearPeriod,
  relativeChange,
  yearsBetween,
} from './growth-math.js';

describe('growth measures', () => {
  it('counts years between period starts in twelfths', () => {
    expect(yearsBetween(new Date('2019-01-01'), new Date('2024-01-01'))).toBe(5);
    expect(yearsBetween(new Date('2019-06-01'), new Date('2024-11-01'))).toBeCloseTo(65 / 12);
    expect(yearsBetween(new Date('2024-11-01'), new Date('2024-11-01'))).toBe(0);
  });

  it('gives the compound rate that turns the start value into the end value', () => {
    const rate = compoundAnnualGrowthRate(100, 200, 3)!;
    expect(100 * (1 + rate) ** 3).toBeCloseTo(200);
    expect(compoundAnnualGrowthRate(100, 121, 2)).toBeCloseTo(0.1);
  });

  it('has no compound rate for values that are not positive or for no elapsed time', () => {
    expect(compoundAnnualGrowthRate(0, 10, 2)).toBeNull();
    expect(compoundAnnualGrowthRate(10, -1, 2)).toBeNull();
    expect(compoundAnnualGrowthRate(10, 20, 0)).toBeNull();
  });

  it('has no relative change from zero', () => {
    expect(relativeChange(0, 5)).toBeNull();
    expect(relativeChange(4, 5)).toBeCloseTo(0.25);
  });

  it('finds the same period a year earlier', () => {
    expect(previousYearPeriod('2024')).toBe('2023');
    expect(previousYearPeriod('2024-11')).toBe('2023-11');
  });
});
