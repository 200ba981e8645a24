import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDatabaseReachable } from '../config/check-database-reachable.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './start-embedded-postgres.ts';

/** Where the quick start keeps its embedded cluster and, while it runs, its addresses. */
export function localStackPaths(atlasDataDir: string): { clusterDir: string; stackFile: string } {
  return {
    clusterDir: path.join(atlasDataDir, 'postgres'),
    stackFile: path.join(atlasDataDir, 'stack.json'),
  };
}

export interface LocalDatabase {
  url: string;
  description: string;
  /** Stops the embedded server when this call started it; leaves a running stack alone. */
  stop(): Promise<void>;
}

/**
 * The developer's local database when no DATABASE_URL is set: the running quick start's, or
 * else the same embedded cluster started for as long as the caller needs it (one cluster
 * folder can only have one server).
 */
export async function openLocalDatabase(atlasDataDir: string): Promise<LocalDatabase> {
  const { stackFile } = localStackPaths(atlasDataDir);
  const running = await runningStackDatabase(stackFile);
  if (running) {
    return {
      url: running,
      description: `the running stack's database (${stackFile})`,
      stop: async () => undefined,
    };
  }
  const { url, description, stop } = await startLocalCluster(atlasDataDir);
  return { url, description, stop };
}

/** Starts the quick start's embedded cluster, with a line that says where it runs and keeps data. */
export async function startLocalCluster(
  atlasDataDir: string,
): Promise<EmbeddedPostgres & { description: string }> {
  const server = await startEmbeddedPostgres({ dataDir: localStackPaths(atlasDataDir).clusterDir });
  const { port } = new URL(server.url);
  return {
    ...server,
    description: `embedded PostgreSQL on port ${port}, data in ${server.dataDir}`,
  };
}

/** The database URL in stack.json when that stack still answers; a stale file is ignored. */
async function runningStackDatabase(stackFile: string): Promise<string | undefined> {
  let url: unknown;
  try {
    url = (JSON.parse(await readFile(stackFile, 'utf8')) as { databaseUrl?: unknown }).databaseUrl;
  } catch {
    return undefined;
  }
  if (typeof url !== 'string') return undefined;
  try {
    await checkDatabaseReachable(url, 2000);
    return url;
  } catch {
    return undefined;
  }
}
