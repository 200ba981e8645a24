import { describe, expect, it } from 'vitest';
import { parseObservationCsv } from './observation-csv.js';
import { validateImportRows, type ImportReferences } from './validate-import-rows.js';

const references: ImportReferences = {
  regionIds: new Map([
    ['USA', 1],
    ['CHN', 2],
  ]),
  indicatorIds: new Map([['top500_systems', 10]]),
  sourceIds: new Map([['t500_202411', 100]]),
};

function validate(lines: string[]) {
  const { rows } = parseObservationCsv(
    ['region_code,indicator_code,period,value,status,source_key,note', ...lines].join('\n'),
  );
  return validateImportRows(rows, references);
}

describe('validateImportRows', () => {
  it('resolves codes to ids and reads numbers, periods and statuses', () => {
    const { valid, errors } = validate([
      'USA,top500_systems,2024-11,173,Provisional,t500_202411,checked',
      'CHN,top500_systems,2024,6.3e1,,,',
    ]);
    expect(errors).toEqual([]);
    expect(valid).toEqual([
      {
        line: 2,
        regionId: 1,
        indicatorId: 10,
        period: '2024-11',
        periodType: 'MONTH',
        periodStart: '2024-11-01',
        value: 173,
        status: 'PROVISIONAL',
        sourceId: 100,
        note: 'checked',
      },
      {
        line: 3,
        regionId: 2,
        indicatorId: 10,
        period: '2024',
        periodType: 'YEAR',
        periodStart: '2024-01-01',
        value: 63,
        status: null,
        sourceId: null,
        note: null,
      },
    ]);
  });

  it('reports each kind of bad row with its line and reason', () => {
    const { valid, errors } = validate([
      'XXX,top500_systems,2024,1,,,',
      'USA,no_such_indicator,2024,1,,,',
      'USA,top500_systems,2024,1,,nowhere,',
      'USA,top500_systems,2023,12 000,,,',
      'USA,top500_systems,2024-13,1,,,',
      'USA,top500_systems,2022,1,guess,,',
      'USA,top500_systems,2024,2,,,',
    ]);
    expect(valid).toEqual([]);
    expect(errors).toEqual([
      { line: 2, code: 'UNKNOWN_REGION', message: 'unknown region "XXX"' },
      { line: 3, code: 'UNKNOWN_INDICATOR', message: 'unknown indicator "no_such_indicator"' },
      { line: 4, code: 'UNKNOWN_SOURCE', message: 'unknown source "nowhere"' },
      { line: 5, code: 'BAD_NUMBER', message: 'bad number "12 000"' },
      { line: 6, code: 'BAD_PERIOD', message: 'bad period "2024-13" (expected YYYY or YYYY-MM)' },
      {
        line: 7,
        code: 'BAD_STATUS',
        message: 'bad status "guess" (expected provisional, final or projection)',
      },
      {
        line: 8,
        code: 'DUPLICATE_ROW',
        message: 'duplicate of line 4 (USA, top500_systems, 2024)',
      },
    ]);
  });

  it.each(['', 'NaN', 'Infinity', '1,5', '0x10', '1e400'])('refuses the value %j', (value) => {
    const { errors } = validate([`USA,top500_systems,2024,"${value}",,,`]);
    expect(errors.map((error) => error.code)).toEqual(['BAD_NUMBER']);
  });

  it('lists every problem of one row', () => {
    const { errors } = validate(['XXX,top500_systems,20244,abc,,,']);
    expect(errors.map((error) => error.code)).toEqual([
      'UNKNOWN_REGION',
      'BAD_PERIOD',
      'BAD_NUMBER',
    ]);
  });
});
