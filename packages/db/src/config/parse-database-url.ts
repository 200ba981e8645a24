const EXPECTED_SHAPE = 'expected postgresql://user@host:port/database';

/** A database URL that cannot be used; the message is one line and never repeats the password. */
export class DatabaseConfigError extends Error {
  override readonly name = 'DatabaseConfigError';
}

/**
 * Checks that `raw` is a PostgreSQL connection URL with a host and a database name and returns it
 * trimmed. `variable` names the setting in the error message.
 */
export function parseDatabaseUrl(raw: string, variable = 'DATABASE_URL'): string {
  const fail = (problem: string): never => {
    throw new DatabaseConfigError(
      `${variable} is not a valid PostgreSQL URL: ${problem}; ${EXPECTED_SHAPE}`,
    );
  };
  const trimmed = raw.trim();
  if (trimmed === '') fail('it is empty');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return fail('it cannot be parsed as a URL');
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    fail(`the scheme is "${url.protocol}"`);
  }
  if (url.hostname === '') fail('the host is missing');
  if (url.port !== '' && !/^\d+$/.test(url.port)) fail(`the port "${url.port}" is not a number`);
  if (decodeURIComponent(url.pathname.replace(/^\//, '')) === '') {
    fail('the database name is missing');
  }
  return trimmed;
}
