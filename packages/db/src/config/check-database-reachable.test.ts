import { beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../embedded/free-port.ts';
import { testServerUrl } from '../testing/test-server.ts';
import { checkDatabaseReachable, DatabaseUnreachableError } from './check-database-reachable.ts';

describe('checkDatabaseReachable', () => {
  let serverUrl: string;
  beforeAll(async () => {
    serverUrl = await testServerUrl();
  });

  it('resolves for a server that answers', async () => {
    await expect(checkDatabaseReachable(serverUrl)).resolves.toBeUndefined();
  });

  it('names the server and ECONNREFUSED when nothing listens', async () => {
    const port = await findFreePort();
    const error = await checkDatabaseReachable(`postgresql://atlas@127.0.0.1:${port}/atlas`).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toBe(
      `cannot reach PostgreSQL at 127.0.0.1:${port} (ECONNREFUSED)`,
    );
  });

  it('reports what the server answered, on one line', async () => {
    const url = new URL(serverUrl);
    url.pathname = '/no_such_database';
    const error = await checkDatabaseReachable(url.toString()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toBe(
      `cannot reach PostgreSQL at ${url.hostname}:${url.port || '5432'} (database "no_such_database" does not exist, SQLSTATE 3D000)`,
    );
  });
});
