import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { CatalogCharClient, restoreCatalogCharColumns } from './catalog-char-columns.mjs';
import { locateDatabase, quoteIdentifier, withDatabase } from './database-url.mjs';
import { runOnServer } from './postgres-server.mjs';

/**
 * @import { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils'
 */

/**
 * The driver adapter factory the schema engine works through: `@prisma/adapter-pg` with
 * catalog `"char"` columns read as characters, and a throw-away shadow database for
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
 * @param {() => Promise<void>} [afterDispose]
 * @returns {Promise<SqlDriverAdapter>}
 */
async function connectAdapter(databaseUrl, afterDispose) {
  const { schema } = locateDatabase(databaseUrl);
  const adapter = await new PrismaPg(
    // One connection that stays open, as the native engine has: the advisory lock that
    // serialises concurrent migration runs belongs to the session that took it.
    { connectionString: databaseUrl, Client: CatalogCharClient, max: 1, idleTimeoutMillis: 0 },
    { schema },
  ).connect();
  return new MigrationAdapter(adapter, afterDispose);
}

/** @param {string} databaseUrl */
async function connectToShadowDatabase(databaseUrl) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await runOnServer(databaseUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
  return connectAdapter(withDatabase(databaseUrl, name), () =>
    runOnServer(databaseUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  );
}

/**
 * `@prisma/adapter-pg` with the catalog `"char"` columns typed as characters, and an
 * optional step after disposal (dropping a shadow database).
 * @implements {SqlDriverAdapter}
 */
class MigrationAdapter {
  /**
   * @param {SqlDriverAdapter} adapter
   * @param {(() => Promise<void>) | undefined} afterDispose
   */
  constructor(adapter, afterDispose) {
    this.adapter = adapter;
    this.afterDispose = afterDispose;
    this.provider = adapter.provider;
    this.adapterName = adapter.adapterName;
  }

  /** @param {SqlQuery} query */
  async queryRaw(query) {
    return restoreCatalogCharColumns(await this.adapter.queryRaw(query));
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
  async startTransaction(isolationLevel) {
    const transaction = await this.adapter.startTransaction(isolationLevel);
    const queryRaw = transaction.queryRaw.bind(transaction);
    transaction.queryRaw = async (query) => restoreCatalogCharColumns(await queryRaw(query));
    return transaction;
  }

  getConnectionInfo() {
    return this.adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  async dispose() {
    await this.adapter.dispose();
    await this.afterDispose?.();
  }
}
