import * as XLSX from '@e965/xlsx';
import { failure } from './import-result.ts';
import { checkFileSize, type ImportFile, type ReadLimits } from './import-file.ts';

/** The first sheet of a workbook: its name and its rows of raw cell values (null when empty). */
export interface Sheet {
  name: string;
  rows: unknown[][];
}

const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

/**
 * Reads the first sheet of an .xls (BIFF8) or .xlsx workbook with SheetJS, within bounds:
 * the file size, the unpacked size of an .xlsx archive (checked from its directory before
 * anything is inflated) and the number of rows. Only the first sheet is parsed, without
 * formulas, styles or formatted text.
 */
export function readFirstSheet(file: ImportFile, limits: ReadLimits): Sheet {
  checkFileSize(file, limits);
  const { bytes, fileName } = file;
  if (startsWith(bytes, zipMagic)) checkZipDirectory(bytes, fileName, limits);
  else if (!startsWith(bytes, cfbMagic)) {
    throw failure('WRONG_FORMAT', `${fileName} is not an Excel workbook (.xls or .xlsx)`);
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      sheets: 0,
      sheetRows: limits.maxRows + 2,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellStyles: false,
      cellNF: false,
    });
  } catch (error) {
    const message = (error as Error).message;
    if (/password|encrypt/i.test(message)) {
      throw failure(
        'PASSWORD_PROTECTED',
        `${fileName} is password-protected; save it without a password`,
      );
    }
    throw failure(
      'UNREADABLE_FILE',
      `${fileName} cannot be read as a workbook (damaged or truncated?): ${message}`,
    );
  }
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (name === undefined || sheet === undefined) {
    throw failure('EMPTY_FILE', `${fileName} has no sheet`);
  }
  const fullRange = sheet['!fullref'] ?? sheet['!ref'];
  if (fullRange && XLSX.utils.decode_range(fullRange).e.r > limits.maxRows) {
    throw failure('TOO_MANY_ROWS', `${fileName} has more than ${limits.maxRows} rows`);
  }
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    defval: null,
    raw: true,
    blankrows: true,
  });
  return { name, rows };
}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;

/**
 * Sums the unpacked sizes an .xlsx (zip) archive declares in its central directory, so that a
 * small file that would inflate to gigabytes is refused before SheetJS inflates it. A file
 * without the directory at its end was cut short.
 */
function checkZipDirectory(bytes: Uint8Array, fileName: string, limits: ReadLimits): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === endOfDirectorySignature) {
      end = at;
      break;
    }
  }
  if (end < 0) {
    throw failure('UNREADABLE_FILE', `${fileName} is an incomplete .xlsx archive (truncated?)`);
  }
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let unpacked = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== directoryEntrySignature) {
      throw failure('UNREADABLE_FILE', `${fileName} has a damaged .xlsx directory`);
    }
    unpacked += view.getUint32(at + 24, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  if (unpacked > limits.maxUnpackedBytes) {
    throw failure(
      'FILE_TOO_LARGE',
      `${fileName} unpacks to ${unpacked} bytes; the limit is ${limits.maxUnpackedBytes}`,
    );
  }
}
