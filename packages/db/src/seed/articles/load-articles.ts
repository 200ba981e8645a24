import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle, type ArticleFile } from './parse-article.ts';

/** Parses every `*.md` file of `articlesDir`, in name order. */
export async function loadArticles(articlesDir: string): Promise<ArticleFile[]> {
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(articlesDir, name);
      return parseArticle(file, await readFile(file, 'utf8'));
    }),
  );
}
