import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period.js';

describe('parsePeriod', () => {
  it('reads a year and a month with their first day', () => {
    expect(parsePeriod('2024')).toEqual({
      period: '2024',
      periodType: 'YEAR',
      periodStart: '2024-01-01',
    });
    expect(parsePeriod('2024-11')).toEqual({
      period: '2024-11',
      periodType: 'MONTH',
      periodStart: '2024-11-01',
    });
  });

  it.each([
    '24',
    '2024-13',
    '2024-00',
    '2024-1',
    '2024/11',
    '2024-11-01',
    '0999',
    ' 2024',
    'Q1-2024',
  ])('refuses %j', (raw) => {
    expect(parsePeriod(raw)).toBeNull();
  });
});
