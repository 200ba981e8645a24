import { startThrowAwayPostgres } from './test-server.ts';

/**
 * For Vitest's `globalSetup`: starts one throw-away embedded server for the whole run and hands
 * it to the test processes through `TEST_DATABASE_URL`, so they do not each start their own.
 * Does nothing when `TEST_DATABASE_URL` is already set. Returns the teardown.
 */
export async function setupTestPostgres(): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL) return async () => undefined;
  const server = await startThrowAwayPostgres();
  process.env.TEST_DATABASE_URL = server.url;
  return async () => {
    delete process.env.TEST_DATABASE_URL;
    await server.stop();
  };
}
