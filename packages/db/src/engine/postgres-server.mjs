import pg from 'pg';

/**
 * Opens a connection to the database and closes it again.
 * @param {string} databaseUrl
 */
export async function checkConnection(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.end();
}

/**
 * Runs one statement on a connection of its own (CREATE and DROP DATABASE cannot run
 * inside a transaction).
 * @param {string} databaseUrl
 * @param {string} statement
 */
export async function runOnServer(databaseUrl, statement) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
