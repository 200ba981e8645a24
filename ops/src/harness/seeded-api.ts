import { createTestDatabase, type TestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { startApi, type ApiProcess } from './api-process.js';

/**
 * The built API over a seeded database of the test file's own: started before its tests, stopped
 * and the database dropped after them. Call it before the file's other hooks, so that theirs run
 * once the API answers and end before it stops; the handle reads the process inside tests and
 * hooks.
 */
export function useApiOnSeededDatabase(): ApiProcess {
  let database: TestDatabase | undefined;
  let api: ApiProcess | undefined;
  beforeAll(async () => {
    database = await createTestDatabase({ seed: true });
    api = await startApi({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });
  const running = (): ApiProcess => {
    if (!api) throw new Error('the API starts in beforeAll: use it inside tests and hooks');
    return api;
  };
  return {
    get url() {
      return running().url;
    },
    get graphqlUrl() {
      return running().graphqlUrl;
    },
    get pid() {
      return running().pid;
    },
    get output() {
      return running().output;
    },
    exitStatus: () => running().exitStatus(),
    residentBytes: () => running().residentBytes(),
    stop: () => running().stop(),
  };
}
