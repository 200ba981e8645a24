import { locateDatabase, quoteIdentifier, withDatabase } from './database-url.mjs';
import { checkConnection, runOnServer } from './postgres-server.mjs';

/** @import { DatabaseCommand } from './engine-arguments.mjs' */

/** The database every PostgreSQL server has, used to create or drop others. */
const MAINTENANCE_DATABASE = 'postgres';

/**
 * The engine's `cli` commands. They throw the driver's error when the command fails.
 * @param {DatabaseCommand} command
 * @param {string} databaseUrl
 * @returns {Promise<void>}
 */
export async function runDatabaseCommand(command, databaseUrl) {
  const { database } = locateDatabase(databaseUrl);
  const maintenanceUrl = withDatabase(databaseUrl, MAINTENANCE_DATABASE);
  switch (command) {
    case 'can-connect-to-database':
      return checkConnection(databaseUrl);
    case 'create-database':
      return runOnServer(maintenanceUrl, `CREATE DATABASE ${quoteIdentifier(database)}`);
    case 'drop-database':
      return runOnServer(maintenanceUrl, `DROP DATABASE ${quoteIdentifier(database)}`);
  }
}
