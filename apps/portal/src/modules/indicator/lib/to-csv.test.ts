import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { FigureFieldsFragment } from '@/gql/graphql';
import { toCsv } from './to-csv';

const row: FigureFieldsFragment = {
  period: '2024-11',
  periodType: 'MONTH',
  value: 3725.851,
  status: 'FINAL',
  note: null,
  indicator: { code: 'top500_rmax_pflops', name: 'TOP500 aggregate Rmax', unit: 'PFLOP/s' },
  region: { code: 'KOR', name: 'Korea, Republic of' },
  source: {
    key: 't500',
    title: 'TOP500 list "November 2024"',
    publisher: 'TOP500.org',
    year: 2024,
    url: 'https://example.org/top500',
    excerpt: '',
  },
};

describe('toCsv', () => {
  it('writes a header and one quoted-where-needed line per row, values unrounded', () => {
    const csv = toCsv([row], 'top500_rmax_pflops', 'PFLOP/s');
    expect(csv.split('\r\n')[0]).toBe(
      'region_code,region_name,indicator_code,period,value,unit,status,source_title,source_url',
    );
    const [header, ...records] = parse(csv) as string[][];
    expect(header).toHaveLength(9);
    expect(records).toEqual([
      [
        'KOR',
        'Korea, Republic of',
        'top500_rmax_pflops',
        '2024-11',
        '3725.851',
        'PFLOP/s',
        'FINAL',
        'TOP500 list "November 2024"',
        'https://example.org/top500',
      ],
    ]);
  });
});
