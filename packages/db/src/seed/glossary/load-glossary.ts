import { readFile } from 'node:fs/promises';
import { glossarySlugPattern } from '@atlas/domain';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SeedDataError } from '../read-csv.ts';

const slug = z.string().regex(glossarySlugPattern, 'expected lower-case words joined by hyphens');

const entry = z.object({
  slug,
  term: z.string().trim().min(1),
  definition: z.string().trim().min(1),
  seeAlso: z.array(slug).default([]),
  indicator: z
    .string()
    .regex(/^[A-Za-z0-9_]+$/, 'expected an indicator code')
    .optional(),
});

export type GlossaryEntry = z.output<typeof entry>;

/** Reads the glossary file: a YAML list of terms, validated, in file order. */
export async function loadGlossary(file: string): Promise<GlossaryEntry[]> {
  let data: unknown;
  try {
    data = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SeedDataError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = z.array(entry).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedDataError(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
