import { URL } from 'node:url';

/**
 * Where a PostgreSQL connection URL points, as Prisma's error messages name it.
 * @typedef {object} DatabaseLocation
 * @property {string} database
 * @property {string} user
 * @property {string} server `host:port`, the way Prisma prints a server address.
 * @property {string | undefined} schema The `schema` query parameter Prisma URLs use to pick a schema other than `public`.
 */

const DEFAULT_PORT = '5432';

/**
 * @param {string} databaseUrl
 * @returns {DatabaseLocation}
 */
export function locateDatabase(databaseUrl) {
  const url = parsePostgresUrl(databaseUrl);
  const user = decodeURIComponent(url.username) || 'postgres';
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  return {
    database: decodeURIComponent(url.pathname.slice(1)) || user,
    user,
    server: `${host}:${url.port || DEFAULT_PORT}`,
    schema: url.searchParams.get('schema') ?? undefined,
  };
}

/**
 * The same server and credentials, another database.
 * @param {string} databaseUrl
 * @param {string} database
 */
export function withDatabase(databaseUrl, database) {
  const url = parsePostgresUrl(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** @param {string} name */
export function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/** @param {string} databaseUrl */
function parsePostgresUrl(databaseUrl) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error(
      'The database URL is not a valid URL (expected postgresql://user@host:port/database).',
    );
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new Error(
      `The database URL must start with postgresql:// or postgres://, not ${url.protocol}//.`,
    );
  }
  return url;
}
