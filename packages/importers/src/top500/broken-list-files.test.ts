import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused.ts';
import { rawFile } from '../testing/raw-files.ts';
import type { ImportFile } from '../import-file.ts';
import { importTop500List } from './import-top500-list.ts';

const xlsx = rawFile('top500/TOP500_202411.xlsx');
const xls = rawFile('top500/TOP500_201906.xls');

/** A copy of a real list with its first sheet changed, written back in the same format. */
function edited(file: ImportFile, change: (sheet: XLSX.WorkSheet) => void): ImportFile {
  const workbook = XLSX.read(file.bytes, { type: 'buffer' });
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('no sheet');
  change(sheet);
  const bookType = file.fileName.endsWith('.xls') ? 'biff8' : 'xlsx';
  return {
    fileName: file.fileName,
    bytes: XLSX.write(workbook, { type: 'buffer', bookType }) as Uint8Array,
  };
}

/** The address of the first row's cell whose text is `header`. */
function headerCell(sheet: XLSX.WorkSheet, header: string): string {
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  for (let column = range.s.c; column <= range.e.c; column += 1) {
    const address = XLSX.utils.encode_cell({ r: 0, c: column });
    if (sheet[address]?.v === header) return address;
  }
  throw new Error(`no column ${header}`);
}

const cellBelow = (address: string, rows: number) => {
  const cell = XLSX.utils.decode_cell(address);
  return XLSX.utils.encode_cell({ r: cell.r + rows, c: cell.c });
};

describe('importTop500List on broken copies of real lists', () => {
  it('refuses a file of another format', () => {
    const csv = rawFile('worldbank/it.net.bbnd.p2/data.csv');
    const result = importTop500List({ ...csv, fileName: 'TOP500_202411.xlsx' });
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'WRONG_FORMAT',
        message: 'TOP500_202411.xlsx is not an Excel workbook (.xls or .xlsx)',
      }),
    ]);
    expect(result.observations).toEqual([]);
  });

  it.each([
    ['.xlsx', xlsx],
    ['.xls', xls],
  ])('refuses a truncated %s workbook', (_, file) => {
    const result = importTop500List({
      ...file,
      bytes: file.bytes.subarray(0, file.bytes.length / 2),
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'UNREADABLE_FILE', line: 0 });
    expect(result.errors[0]?.message).toMatch(/truncated/);
    expect(result.systems).toEqual([]);
  });

  it('refuses a password-protected workbook', () => {
    // An encrypted Office file is a compound file holding EncryptionInfo and EncryptedPackage.
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(
      container,
      '/EncryptionInfo',
      new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new Array<number>(100).fill(0)]),
    );
    XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(200));
    const bytes = XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array;
    const result = importTop500List({ fileName: 'TOP500_202411.xlsx', bytes });
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'PASSWORD_PROTECTED',
        message: 'TOP500_202411.xlsx is password-protected; save it without a password',
      }),
    ]);
  });

  it('names a renamed column', () => {
    const file = edited(xlsx, (sheet) => {
      sheet[headerCell(sheet, 'Rmax [TFlop/s]')] = { t: 's', v: 'Rmax [PFlop/s]' };
    });
    expect(importTop500List(file).errors).toEqual([
      {
        line: 1,
        field: 'Rmax [TFlop/s]',
        code: 'MISSING_COLUMN',
        message:
          'row 1 has no "Rmax [TFlop/s]" or "Rmax" or "RMax" column: is this a TOP500 list file?',
      },
    ]);
  });

  it('names the row of an unknown country and of a non-numeric Rmax, in .xls as in .xlsx', () => {
    for (const original of [xls, xlsx]) {
      const file = edited(original, (sheet) => {
        sheet[cellBelow(headerCell(sheet, 'Country'), 3)] = { t: 's', v: 'Atlantis' };
        sheet[cellBelow(headerCell(sheet, 'Rmax [TFlop/s]'), 9)] = { t: 's', v: '1,234.5' };
      });
      expectRefused(importTop500List(file), [
        {
          line: 4,
          field: 'Country',
          code: 'UNKNOWN_COUNTRY',
          message: 'row 4: unknown country "Atlantis"',
        },
        {
          line: 10,
          field: 'Rmax [TFlop/s]',
          code: 'BAD_NUMBER',
          message: 'row 10: "Rmax [TFlop/s]" is "1,234.5", not a number',
        },
      ]);
    }
  });

  it('refuses a workbook with more rows than the limit instead of cutting it', () => {
    const result = importTop500List(xlsx, {
      limits: { maxBytes: 10_000_000, maxUnpackedBytes: 50_000_000, maxRows: 100 },
    });
    expect(result.errors).toEqual([expect.objectContaining({ code: 'TOO_MANY_ROWS' })]);
  });

  it('refuses an .xlsx that would unpack beyond the limit before unpacking it', () => {
    const result = importTop500List(xlsx, {
      limits: { maxBytes: 10_000_000, maxUnpackedBytes: 100_000, maxRows: 1000 },
    });
    expect(result.errors).toEqual([expect.objectContaining({ code: 'FILE_TOO_LARGE' })]);
  });

  it('tells which list a file is from its sheet, and refuses a name that contradicts it', () => {
    expect(importTop500List({ ...xlsx, fileName: 'upload.xlsx' }).period).toBe('2024-11');
    const renamed = importTop500List({ ...xlsx, fileName: 'TOP500_202406.xlsx' });
    expect(renamed.errors).toEqual([
      expect.objectContaining({
        code: 'BAD_PERIOD',
        message: 'the file name says list 2024-06 but the sheet "64" is list 2024-11',
      }),
    ]);
    const unnamed = importTop500List({
      ...rawFile('top500/TOP500_200006.xls'),
      fileName: 'upload.xls',
    });
    expect(unnamed.errors[0]?.code).toBe('BAD_PERIOD');
  });
});
