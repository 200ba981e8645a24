import { readFile } from 'node:fs/promises';
import path from 'node:path';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * The database a command works on: DATABASE_URL when set, otherwise the embedded database
 * of a running `pnpm start` (its stack.json under ATLAS_DATA_DIR, default .data).
 */
export async function commandDatabaseUrl(env: Record<string, string | undefined>): Promise<string> {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const dataDir = path.resolve(repositoryRoot, env.ATLAS_DATA_DIR || '.data');
  const stackFile = path.join(dataDir, 'stack.json');
  try {
    const stack = JSON.parse(await readFile(stackFile, 'utf8')) as { databaseUrl?: unknown };
    if (typeof stack.databaseUrl === 'string') return stack.databaseUrl;
  } catch {
    // Falls through to the message below: no running stack to borrow the database from.
  }
  throw new Error(
    `set DATABASE_URL, or start the stack with \`pnpm start\` so that ${stackFile} names its database`,
  );
}
