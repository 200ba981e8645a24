import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SeedDataError } from '../read-csv.ts';

const code = z.string().regex(/^[A-Za-z0-9_]+$/, 'expected a code');

const frontMatter = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens'),
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  tags: z.array(z.string().trim().min(1)).min(1),
  indicators: z.array(code).default([]),
  regions: z.array(code).default([]),
});

export type ArticleFile = z.output<typeof frontMatter> & { file: string; body: string };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Splits a Markdown file into its YAML front matter (validated) and its body. */
export function parseArticle(file: string, text: string): ArticleFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new SeedDataError(`${file}: expected front matter between two "---" lines`);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new SeedDataError(`${file}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = frontMatter.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedDataError(`${file}: front matter ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return { ...parsed.data, file, body: text.slice(match[0].length).trim() + '\n' };
}
