import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the API documents how the Computing Power Index is computed (one text for both). */
const methodologyFile = path.join(process.cwd(), '..', 'api', 'docs', 'index-methodology.md');

/** The index methodology in Markdown, or null when the document is not next to this app. */
export async function readIndexMethodology(): Promise<string | null> {
  try {
    return await readFile(methodologyFile, 'utf8');
  } catch {
    return null;
  }
}
