/** The embedded PostgreSQL server could not be prepared or started; the message says why. */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}
