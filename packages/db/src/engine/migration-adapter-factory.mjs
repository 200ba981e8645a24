import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { CatalogCharAsTextClient } from './catalog-char-client.mjs';
import { locateDatabase, quoteIdentifier, withDatabase } from './database-url.mjs';
import { runOnServer } from './postgres-server.mjs';

/**
 * @import { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils'
 */

/**
 * The driver adapter factory the schema engine works through: `@prisma/adapter-pg` with
 * catalog `"char"` columns read as text, and a throw-away shadow database for
 * `migrate dev` and `migrate diff --from-migrations`.
 * @param {string} databaseUrl
 * @returns {SqlMigrationAwareDriverAdapterFactory}
 */
export function createMigrationAdapterFactory(databaseUrl) {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectAdapter(databaseUrl),
    connectToShadowDb: () => connectToShadowDatabase(databaseUrl),
  };
}

/**
 * @param {string} databaseUrl
 * @returns {Promise<SqlDriverAdapter>}
 */
function connectAdapter(databaseUrl) {
  const { schema } = locateDatabase(databaseUrl);
  return new PrismaPg(
    { connectionString: databaseUrl, Client: CatalogCharAsTextClient },
    { schema },
  ).connect();
}

/** @param {string} databaseUrl */
async function connectToShadowDatabase(databaseUrl) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  const dropDatabase = () =>
    runOnServer(databaseUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  await runOnServer(databaseUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
  return new ShadowDatabaseAdapter(
    await connectAdapter(withDatabase(databaseUrl, name)),
    dropDatabase,
  );
}

/**
 * An adapter on a throw-away database that drops the database when disposed.
 * @implements {SqlDriverAdapter}
 */
class ShadowDatabaseAdapter {
  /**
   * @param {SqlDriverAdapter} adapter
   * @param {() => Promise<void>} dropDatabase
   */
  constructor(adapter, dropDatabase) {
    this.adapter = adapter;
    this.dropDatabase = dropDatabase;
    this.provider = adapter.provider;
    this.adapterName = adapter.adapterName;
  }

  /** @param {SqlQuery} query */
  queryRaw(query) {
    return this.adapter.queryRaw(query);
  }

  /** @param {SqlQuery} query */
  executeRaw(query) {
    return this.adapter.executeRaw(query);
  }

  /** @param {string} script */
  executeScript(script) {
    return this.adapter.executeScript(script);
  }

  /** @param {IsolationLevel} [isolationLevel] */
  startTransaction(isolationLevel) {
    return this.adapter.startTransaction(isolationLevel);
  }

  getConnectionInfo() {
    return this.adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  async dispose() {
    await this.adapter.dispose();
    await this.dropDatabase();
  }
}
