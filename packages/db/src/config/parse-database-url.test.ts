import { describe, expect, it } from 'vitest';
import { DatabaseConfigError, parseDatabaseUrl } from './parse-database-url.ts';

describe('parseDatabaseUrl', () => {
  it.each([
    'postgresql://atlas@db.internal:5432/atlas',
    'postgres://user:secret@127.0.0.1/atlas?schema=public',
    '  postgresql://localhost/atlas  ',
  ])('accepts %s', (raw) => {
    expect(parseDatabaseUrl(raw)).toBe(raw.trim());
  });

  it.each([
    ['', 'it is empty'],
    ['not a url', 'it cannot be parsed as a URL'],
    ['mysql://user@host:3306/atlas', 'the scheme is "mysql:"'],
    ['postgresql:///atlas', 'the host is missing'],
    ['postgresql://user:secret@host:5432', 'the database name is missing'],
    ['postgresql://user:secret@host:5432/', 'the database name is missing'],
  ])('rejects %j with one line that names the problem', (raw, problem) => {
    let error: unknown;
    try {
      parseDatabaseUrl(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseConfigError);
    const { message } = error as DatabaseConfigError;
    expect(message).toBe(
      `DATABASE_URL is not a valid PostgreSQL URL: ${problem}; expected postgresql://user@host:port/database`,
    );
    expect(message).not.toContain('\n');
    expect(message).not.toContain('secret');
  });

  it('names the setting it was given', () => {
    expect(() => parseDatabaseUrl('', 'TEST_DATABASE_URL')).toThrow(
      /^TEST_DATABASE_URL is not a valid PostgreSQL URL/,
    );
  });
});
