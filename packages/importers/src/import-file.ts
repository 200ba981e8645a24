import { createHash } from 'node:crypto';
import { failure } from './import-result.ts';

/** A publisher's file as uploaded: its name and its bytes, unchanged. */
export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Bounds on what a file may cost to read; the defaults fit every real file with room to spare. */
export interface ReadLimits {
  /** Largest file accepted, in bytes (compressed size for .xlsx and .gz). */
  maxBytes: number;
  /** Largest content once unpacked (an .xlsx archive's members, a gzip stream), in bytes. */
  maxUnpackedBytes: number;
  /** Most data rows read; a file with more is refused rather than cut. */
  maxRows: number;
}

export const defaultReadLimits: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxRows: 500_000,
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function checkFileSize(file: ImportFile, limits: ReadLimits): void {
  if (file.bytes.length > limits.maxBytes) {
    throw failure(
      'FILE_TOO_LARGE',
      `${file.fileName} is ${file.bytes.length} bytes; the limit is ${limits.maxBytes}`,
    );
  }
}
