import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  isPeriod,
  parsePeriod,
  periodStart,
  readPeriod,
} from './periods.ts';

describe('parsePeriod', () => {
  it('reads a year from its first to its last day', () => {
    expect(parsePeriod('2024')).toEqual({
      text: '2024',
      type: 'YEAR',
      start: new Date('2024-01-01T00:00:00Z'),
      end: new Date('2024-12-31T00:00:00Z'),
    });
  });

  it('reads a month from its first to its last day, leap years included', () => {
    expect(parsePeriod('2024-11')).toEqual({
      text: '2024-11',
      type: 'MONTH',
      start: new Date('2024-11-01T00:00:00Z'),
      end: new Date('2024-11-30T00:00:00Z'),
    });
    expect(parsePeriod('2024-02')?.end).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(parsePeriod('2023-12')?.end).toEqual(new Date('2023-12-31T00:00:00Z'));
  });

  it.each([
    '',
    '24',
    '2024-13',
    '2024-00',
    '2024-1',
    '2024/11',
    '2024-11-01',
    '0999',
    ' 2024',
    '2024 ',
    'Q1-2024',
  ])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(isPeriod(text)).toBe(false);
  });
});

describe('readPeriod', () => {
  it('throws on what is not a period, naming it and the grammar', () => {
    expect(readPeriod('2025').type).toBe('YEAR');
    expect(() => readPeriod('2024-13')).toThrow(
      'Not a period: "2024-13" (expected YYYY or YYYY-MM)',
    );
  });
});

describe('periodStart', () => {
  it('is the timestamp of the first day', () => {
    expect(periodStart('2019')).toBe(Date.UTC(2019, 0, 1));
    expect(periodStart('2019-06')).toBe(Date.UTC(2019, 5, 1));
  });
});

describe('comparePeriods', () => {
  it('orders in time, a year before the months of that year', () => {
    expect(['2024-11', '2023', '2024-06', '2024', '2022-12'].sort(comparePeriods)).toEqual([
      '2022-12',
      '2023',
      '2024',
      '2024-06',
      '2024-11',
    ]);
  });
});

describe('formatPeriod', () => {
  it('names the month of a monthly period and leaves years alone', () => {
    expect(formatPeriod('2024-11')).toBe('Nov 2024');
    expect(formatPeriod('2024-01')).toBe('Jan 2024');
    expect(formatPeriod('2023')).toBe('2023');
    expect(formatPeriod('2024-13')).toBe('2024-13');
  });
});
