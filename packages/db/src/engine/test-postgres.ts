import { randomUUID } from 'node:crypto';
import { testServerUrl } from '../testing/test-server.ts';
import { quoteIdentifier, withDatabase } from './database-url.mjs';
import { runOnServer } from './postgres-server.mjs';

/** Databases on the test server (TEST_DATABASE_URL, or else an embedded PostgreSQL). */
export interface TestPostgres {
  /** A new, empty database; dropped again by `dropAll()`. */
  createDatabase(): Promise<string>;
  /** The URL of a database that does not exist (yet); dropped by `dropAll()` if created. */
  missingDatabaseUrl(): string;
  dropAll(): Promise<void>;
}

export async function useTestPostgres(): Promise<TestPostgres> {
  const serverUrl = await testServerUrl();
  const names: string[] = [];
  const reserve = () => {
    const name = `atlas_engine_test_${randomUUID().slice(0, 8)}`;
    names.push(name);
    return name;
  };
  return {
    async createDatabase() {
      const name = reserve();
      await runOnServer(serverUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
      return withDatabase(serverUrl, name);
    },
    missingDatabaseUrl: () => withDatabase(serverUrl, reserve()),
    async dropAll() {
      for (const name of names.splice(0)) {
        await runOnServer(
          serverUrl,
          `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`,
        );
      }
    },
  };
}
