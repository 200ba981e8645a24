import { readFile } from 'node:fs/promises';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import {
  describeDatabaseError,
  MISSING_DATABASE_URL,
  PrismaReportedError,
} from './connection-errors.mjs';
import { describeEngineError, reportToErrorData } from './engine-errors.mjs';
import { loadSchemaEngine, takePanicMessage } from './load-schema-engine.mjs';
import { createMigrationAdapterFactory } from './migration-adapter-factory.mjs';
import { checkConnection } from './postgres-server.mjs';

/**
 * @import { JsonRpcErrorObject, JsonRpcService } from './json-rpc-server.mjs'
 * @import { SchemaEngine } from './load-schema-engine.mjs'
 * @import { DiagnoseMigrationHistoryInput } from '@prisma/schema-engine-wasm/schema_engine_bg'
 */

/** The engine methods the CLI may call; each has the same name on the WebAssembly engine. */
const ENGINE_METHODS = /** @type {const} @satisfies {readonly (keyof SchemaEngine)[]} */ ([
  'applyMigrations',
  'createMigration',
  'dbExecute',
  'debugPanic',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'diff',
  'ensureConnectionValidity',
  'evaluateDataLoss',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
  'version',
]);
/** @typedef {(typeof ENGINE_METHODS)[number]} EngineMethod */

/**
 * CLI method names that the WebAssembly engine spells differently.
 * @type {Readonly<Record<string, EngineMethod>>}
 */
const METHOD_ALIASES = { getDatabaseVersion: 'version' };

const METHOD_NOT_FOUND = -32601;
/** The code the native engine gives every error it describes in `data`. */
const ENGINE_ERROR = 4466;

/**
 * @typedef {object} SchemaEngineServiceOptions
 * @property {readonly string[]} datamodelPaths
 * @property {string | undefined} databaseUrl
 * @property {(line: string) => void} log Receives the engine's own log lines (JSON).
 */

/** @typedef {JsonRpcService & { close(): Promise<void> }} SchemaEngineService */

/**
 * Answers the CLI's JSON-RPC requests with the WebAssembly schema engine. The engine
 * connects to the database as it starts, so it starts with the first request.
 * @param {SchemaEngineServiceOptions} options
 * @returns {SchemaEngineService}
 */
export function createSchemaEngineService(options) {
  /** @type {Promise<SchemaEngine> | undefined} */
  let starting;
  return {
    async handle(method, params, peer) {
      const engineMethod = toEngineMethod(method);
      if (engineMethod === undefined) throw new UnknownMethodError(method);
      starting ??= startEngine(options);
      const engine = await starting;
      const result = await callEngine(engine, engineMethod, params);
      if (engineMethod !== 'diff') return result;
      // The native engine prints a diff through the CLI instead of returning it.
      const { stdout, ...diff } = /** @type {{ stdout: string | null }} */ (result);
      if (stdout) peer.request('print', { content: stdout.replace(/\n$/, '') });
      return diff;
    },
    /** @returns {JsonRpcErrorObject} */
    describeError(error) {
      if (error instanceof UnknownMethodError)
        return { code: METHOD_NOT_FOUND, message: error.message };
      const data =
        error instanceof PrismaReportedError
          ? reportToErrorData(error.report)
          : describeEngineError(error, takePanicMessage());
      return {
        code: ENGINE_ERROR,
        message: 'An error happened. Check the data field for details.',
        data,
      };
    },
    async close() {
      const engine = await starting?.catch(() => undefined);
      engine?.free();
    },
  };
}

/**
 * The methods that replay the migrations in a shadow database without asking the adapter
 * factory for one in this engine build, unless diagnoseMigrationHistory has already
 * replayed the same migrations (the engine keeps that schema for the session). `migrate
 * dev` on a database without migration history runs into this.
 */
const REPLAYS_WITHOUT_SHADOW_FACTORY = new Set(['evaluateDataLoss', 'createMigration']);
const NO_SHADOW_FACTORY_MESSAGE =
  'PostgreSQL shadow DB must be provided through an external factory';

/**
 * @param {SchemaEngine} engine
 * @param {EngineMethod} method
 * @param {unknown} params
 */
async function callEngine(engine, method, params) {
  const call = /** @type {(input: unknown) => Promise<unknown>} */ (engine[method]);
  try {
    return await call.call(engine, params);
  } catch (error) {
    const replayedWithoutFactory =
      REPLAYS_WITHOUT_SHADOW_FACTORY.has(method) &&
      error instanceof Error &&
      error.message.startsWith(NO_SHADOW_FACTORY_MESSAGE);
    if (!replayedWithoutFactory) throw error;
    const { migrationsList, filters } = /** @type {DiagnoseMigrationHistoryInput} */ (params);
    await engine.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
    return call.call(engine, params);
  }
}

/**
 * @param {string} method
 * @returns {EngineMethod | undefined}
 */
function toEngineMethod(method) {
  const name = METHOD_ALIASES[method] ?? method;
  return ENGINE_METHODS.find((candidate) => candidate === name);
}

/**
 * @param {SchemaEngineServiceOptions} options
 * @returns {Promise<SchemaEngine>}
 */
async function startEngine({ datamodelPaths, databaseUrl, log }) {
  if (databaseUrl === undefined) throw new PrismaReportedError(MISSING_DATABASE_URL);
  const { SchemaEngine } = await loadSchemaEngine();
  const datamodels = await Promise.all(
    datamodelPaths.map(
      async (path) => /** @type {[string, string]} */ ([path, await readFile(path, 'utf8')]),
    ),
  );
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(
    createMigrationAdapterFactory(databaseUrl),
  );
  try {
    return await SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : undefined },
      log,
      adapterFactory,
    );
  } catch (error) {
    // The engine reports a failed connection without Prisma's error codes (P1001, P1003…).
    const connectionFailure = await checkConnection(databaseUrl).then(
      () => undefined,
      (/** @type {unknown} */ connectionError) =>
        describeDatabaseError(connectionError, databaseUrl),
    );
    throw connectionFailure ? new PrismaReportedError(connectionFailure) : error;
  }
}

class UnknownMethodError extends Error {
  /** @param {string} method */
  constructor(method) {
    super(`Method not found: ${method}`);
  }
}
