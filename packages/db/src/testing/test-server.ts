import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl } from '../config/index.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../embedded/index.ts';

let embeddedServer: Promise<EmbeddedPostgres> | undefined;

/**
 * The server test databases are created on: the one `TEST_DATABASE_URL` names, or else an
 * embedded PostgreSQL started once for this process.
 */
export async function testServerUrl(): Promise<string> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return parseDatabaseUrl(configured, 'TEST_DATABASE_URL');
  embeddedServer ??= startThrowAwayPostgres();
  return (await embeddedServer).url;
}

/**
 * An embedded server in a fresh temporary folder, tuned for speed over crash safety; the folder
 * is deleted when the server stops, which happens at the latest when this process ends.
 */
export async function startThrowAwayPostgres(): Promise<EmbeddedPostgres> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-test-postgres-'));
  return startEmbeddedPostgres({ dataDir, durable: false, removeDataOnStop: true });
}
