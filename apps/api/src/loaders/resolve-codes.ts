import type DataLoader from 'dataloader';
import { ApiError, notFound } from '../errors.js';

export interface CodeLookup<V> {
  /** The rows found, in the order of the codes given, without duplicates. */
  rows: V[];
  /** The codes that name nothing. */
  unknown: string[];
}

/** Looks up rows by their codes, in the order given and without duplicates. */
export async function lookUpCodes<V>(
  loader: DataLoader<string, V | null>,
  codes: readonly string[],
): Promise<CodeLookup<V>> {
  const unique = [...new Set(codes)];
  const results = await loader.loadMany(unique);
  const rows: V[] = [];
  const unknown: string[] = [];
  results.forEach((result, index) => {
    if (result instanceof Error) throw result;
    if (result === null) unknown.push(unique[index]!);
    else rows.push(result);
  });
  return { rows, unknown };
}

/**
 * Throws one NOT_FOUND error naming every unknown code of every lookup, e.g.
 * "Unknown indicator: 'x'; unknown region: 'Y'".
 */
export function assertAllFound(lookups: Record<string, CodeLookup<unknown>>): void {
  const failures = Object.entries(lookups).filter(([, lookup]) => lookup.unknown.length > 0);
  if (failures.length === 0) return;
  if (failures.length === 1) {
    const [what, lookup] = failures[0]!;
    throw notFound(what, lookup.unknown);
  }
  const message = failures
    .map(([what, lookup]) => `unknown ${what}: ${lookup.unknown.map((c) => `'${c}'`).join(', ')}`)
    .join('; ');
  throw new ApiError('NOT_FOUND', message.charAt(0).toUpperCase() + message.slice(1), {
    codes: failures.flatMap(([, lookup]) => lookup.unknown),
  });
}

/** Looks up one row by its code; an unknown code is a NOT_FOUND error. */
export async function resolveCode<V>(
  loader: DataLoader<string, V | null>,
  code: string,
  what: string,
): Promise<V> {
  const row = await loader.load(code);
  if (row === null) throw notFound(what, [code]);
  return row;
}
