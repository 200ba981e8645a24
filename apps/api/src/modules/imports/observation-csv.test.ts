import { describe, expect, it } from 'vitest';
import { parseObservationCsv } from './observation-csv.js';

describe('parseObservationCsv', () => {
  it('keeps the line of each row, counting the header as line 1 and skipping blank lines', () => {
    const { rows, errors } = parseObservationCsv(
      'region_code,indicator_code,period,value,status,source_key,note\n' +
        'USA,top500_systems,2024-11,173,final,t500_202411,\n' +
        '\n' +
        'CHN, top500_systems ,2024-11,63,,,"a note\nover two lines"\n' +
        'JPN,top500_systems,2024-11,34,,,\n',
    );
    expect(errors).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([2, 4, 6]);
    expect(rows[0]).toMatchObject({
      regionCode: 'USA',
      value: '173',
      status: 'final',
      sourceKey: 't500_202411',
      note: null,
    });
    expect(rows[1]).toMatchObject({
      indicatorCode: 'top500_systems',
      status: null,
      note: 'a note\nover two lines',
    });
  });

  it('accepts the optional columns in any order or not at all', () => {
    const { rows, errors } = parseObservationCsv(
      'value,period,indicator_code,region_code\n1.5,2023,x,WLD\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        regionCode: 'WLD',
        indicatorCode: 'x',
        period: '2023',
        value: '1.5',
        status: null,
        sourceKey: null,
        note: null,
      },
    ]);
  });

  it('names missing and unknown columns', () => {
    const { errors } = parseObservationCsv('region_code,period,value,unit\nUSA,2024,1,PFLOP/s\n');
    expect(errors).toEqual([
      { line: 1, code: 'UNKNOWN_COLUMN', message: expect.stringContaining('"unit"') },
      { line: 1, code: 'MISSING_COLUMN', message: 'missing column "indicator_code"' },
    ]);
  });

  it('reports rows with the wrong number of fields and unclosed quotes', () => {
    expect(
      parseObservationCsv('region_code,indicator_code,period,value\nUSA,x,2024\n').errors,
    ).toEqual([{ line: 2, code: 'WRONG_FIELD_COUNT', message: 'expected 4 fields, found 3' }]);
    const unclosed = parseObservationCsv(
      'region_code,indicator_code,period,value\nUSA,x,2024,"1\n',
    );
    expect(unclosed.errors).toEqual([
      { line: 2, code: 'MALFORMED_CSV', message: expect.stringContaining('Quote Not Closed') },
    ]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(parseObservationCsv('').errors[0]?.code).toBe('EMPTY_FILE');
    expect(
      parseObservationCsv('region_code,indicator_code,period,value\n').errors[0],
    ).toMatchObject({ line: 1, code: 'EMPTY_FILE' });
  });
});

describe('parseObservationCsv without quotes', () => {
  it('numbers the lines the same way, across CRLF, blank lines and a byte order mark', () => {
    const { rows, errors } = parseObservationCsv(
      '\uFEFFregion_code,indicator_code,period,value\r\nUSA,x,2024,1\r\n\r\n   \r\nCHN,x,2024,2\r\n',
    );
    expect(errors).toEqual([
      { line: 4, code: 'WRONG_FIELD_COUNT', message: 'expected 4 fields, found 1' },
    ]);
    expect(rows.map((row) => [row.line, row.regionCode])).toEqual([
      [2, 'USA'],
      [5, 'CHN'],
    ]);
  });
});
