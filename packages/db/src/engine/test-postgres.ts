import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../embedded/index.ts';
import { quoteIdentifier, withDatabase } from './database-url.mjs';
import { runOnServer } from './postgres-server.mjs';

/** A PostgreSQL server the engine tests create their databases on. */
export interface TestPostgres {
  /** A new, empty database; dropped again by `stop()`. */
  createDatabase(): Promise<string>;
  /** The URL of a database that does not exist (yet). */
  missingDatabaseUrl(): string;
  stop(): Promise<void>;
}

/**
 * The server named by TEST_DATABASE_URL, or else an embedded PostgreSQL started for the
 * test file, with throw-away data.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const configured = process.env.TEST_DATABASE_URL;
  const embedded = configured
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: await mkdtemp(path.join(os.tmpdir(), 'atlas-engine-test-')),
        durable: false,
        removeDataOnStop: true,
        onNotice: () => {},
      });
  const serverUrl = configured ?? embedded!.url;
  const created: string[] = [];
  const newName = () => `atlas_engine_test_${randomUUID().slice(0, 8)}`;
  return {
    async createDatabase() {
      const name = newName();
      await runOnServer(serverUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
      created.push(name);
      return withDatabase(serverUrl, name);
    },
    missingDatabaseUrl() {
      const name = newName();
      created.push(name);
      return withDatabase(serverUrl, name);
    },
    async stop() {
      for (const name of created) {
        await runOnServer(
          serverUrl,
          `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`,
        );
      }
      await embedded?.stop();
    },
  };
}
