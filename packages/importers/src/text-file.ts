import { gunzipSync } from 'node:zlib';
import { failure } from './import-result.ts';
import { checkFileSize, type ImportFile, type ReadLimits } from './import-file.ts';

const gzipMagic = [0x1f, 0x8b];

/**
 * The text of a UTF-8 file, unzipped when it is gzip (Eurostat's bulk files), without a byte
 * order mark. Refuses binary files (a workbook, an archive) with a clear error.
 */
export function readText(file: ImportFile, limits: ReadLimits): string {
  checkFileSize(file, limits);
  let bytes = file.bytes;
  if (bytes[0] === gzipMagic[0] && bytes[1] === gzipMagic[1]) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: limits.maxUnpackedBytes });
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      throw tooLarge
        ? failure(
            'FILE_TOO_LARGE',
            `${file.fileName} unpacks to more than ${limits.maxUnpackedBytes} bytes`,
          )
        : failure(
            'UNREADABLE_FILE',
            `${file.fileName} is a damaged or truncated gzip file (${(error as Error).message})`,
          );
    }
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw failure(
      'WRONG_FORMAT',
      `${file.fileName} is a binary file, not a text (CSV or TSV) file`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw failure('WRONG_FORMAT', `${file.fileName} is not UTF-8 text`);
  }
  return text.replace(/^\uFEFF/, '');
}
