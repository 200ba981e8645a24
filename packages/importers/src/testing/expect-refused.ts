import { expect } from 'vitest';
import type { ImporterError, ImportResult } from '../import-result.ts';

/** The file is refused with exactly these errors, in this order, and hands on no observation. */
export function expectRefused(result: ImportResult, errors: ImporterError[]): void {
  expect(result.errors).toEqual(errors);
  expect(result.observations).toEqual([]);
}
