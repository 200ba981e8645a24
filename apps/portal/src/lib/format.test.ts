import { describe, expect, it } from 'vitest';
import { formatNumber, formatValueWithUnit, readingMinutes } from './format';

describe('formatNumber', () => {
  it('groups hundreds and thousands with one decimal at most', () => {
    expect(formatNumber(466.873)).toBe('466.9');
    expect(formatNumber(3725851.2)).toBe('3.73 million');
    expect(formatNumber(12345.67)).toBe('12,345.7');
  });

  it('keeps three significant digits for small values', () => {
    expect(formatNumber(48.41)).toBe('48.4');
    expect(formatNumber(1.49)).toBe('1.49');
    expect(formatNumber(0.00385)).toBe('0.00385');
  });

  it('writes large counts in words', () => {
    expect(formatNumber(1_410_710_000)).toBe('1.41 billion');
    expect(formatNumber(-2_500_000)).toBe('-2.5 million');
  });
});

describe('formatValueWithUnit', () => {
  it('attaches percentages to the number and spaces other units', () => {
    expect(formatValueWithUnit(71.2, '% of population')).toBe('71.2% of population');
    expect(formatValueWithUnit(910, 'EFLOPS')).toBe('910 EFLOPS');
  });
});

describe('readingMinutes', () => {
  it('rounds at 220 words a minute and never says zero', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});
