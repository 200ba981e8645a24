import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where the e2e stack keeps its embedded database and writes stack.json. */
export const dataDir = path.resolve(import.meta.dirname, '..', '..', '.data', 'e2e');
export const apiPort = 4100;
export const portalPort = 3100;
/** A seeded article with inline live figures, a chart and a ranking. */
export const seededArticle = 'computing-power-the-productive-force';

export interface StackInfo {
  databaseUrl: string;
  apiUrl: string;
  portalUrl: string;
}

const waitMs = 30_000;

/**
 * The addresses the stack starter writes once the database, API and portal all answer.
 * The portal may answer a moment before the file is written, so this waits for it.
 */
export async function readStack(): Promise<StackInfo> {
  const file = path.join(dataDir, 'stack.json');
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as StackInfo;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`Cannot read ${file}; is the stack running? (${(error as Error).message})`);
      }
      await sleep(250);
    }
  }
}
