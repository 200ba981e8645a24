import pg from 'pg';

/** PostgreSQL could not be reached or refused the connection; the message is one line. */
export class DatabaseUnreachableError extends Error {
  override readonly name = 'DatabaseUnreachableError';
}

/**
 * Opens one connection to `url` and runs `select 1`, failing within `timeoutMs` with a
 * {@link DatabaseUnreachableError} that names the server and the reason.
 */
export async function checkDatabaseReachable(url: string, timeoutMs = 5000): Promise<void> {
  const { hostname, port } = new URL(url);
  const server = `${hostname}:${port || '5432'}`;
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  // A failed connection can also emit 'error'; the rejected promise below already reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseUnreachableError(
      `cannot reach PostgreSQL at ${server} (${describeConnectionFailure(error, timeoutMs)})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describeConnectionFailure(error: unknown, timeoutMs: number): string {
  if (!(error instanceof Error)) return String(error);
  const { code } = error as Error & { code?: string };
  if (/timeout/i.test(error.message)) return `no answer within ${timeoutMs} ms`;
  // Socket errors carry their errno name (ECONNREFUSED, ENOTFOUND…); server errors a SQLSTATE.
  if (code?.startsWith('E')) return code;
  const firstLine = error.message.split('\n', 1)[0] ?? '';
  return code ? `${firstLine}, SQLSTATE ${code}` : firstLine;
}
