/**
 * The text of a PostgreSQL array literal: numbers as they are (JavaScript prints doubles so
 * they read back exactly), strings double-quoted with backslash escapes, null as NULL. Bulk
 * writes send one such literal per column: a handful of parameters however many rows, parsed
 * by the server far faster than bound JavaScript arrays.
 */
export function arrayLiteral(values: readonly (string | number | null)[]): string {
  const elements = values.map((value) => {
    if (value === null) return 'NULL';
    if (typeof value === 'number') return String(value);
    return `"${value.replace(/["\\]/g, '\\$&')}"`;
  });
  return `{${elements.join(',')}}`;
}
