import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';

/** A seed file that cannot be loaded; the message names the file, the line and the problem. */
export class SeedDataError extends Error {
  override readonly name = 'SeedDataError';
}

/** Reads an RFC 4180 CSV file with a header line and validates every record with `schema`. */
export async function readCsv<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
): Promise<{ line: number; row: z.output<Schema> }[]> {
  const text = await readFile(file, 'utf8');
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, info: true, skip_empty_lines: true });
  } catch (error) {
    throw new SeedDataError(`${file}: ${(error as Error).message}`);
  }
  return records.map(({ record, info }) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? 'record';
      throw new SeedDataError(`${file} line ${info.lines}: ${field}: ${issue?.message}`);
    }
    return { line: info.lines, row: parsed.data };
  });
}
