import { describeDatabaseError, MISSING_DATABASE_URL } from './connection-errors.mjs';
import { runDatabaseCommand } from './database-commands.mjs';
import { parseEngineArguments } from './engine-arguments.mjs';
import { formatLogLine } from './engine-log.mjs';
import { serveJsonRpc } from './json-rpc-server.mjs';
import { loadSchemaEngine, takePanicMessage } from './load-schema-engine.mjs';
import { createSchemaEngineService } from './schema-engine-service.mjs';

/**
 * @import { Readable, Writable } from 'node:stream'
 * @import { PrismaErrorReport } from './connection-errors.mjs'
 * @import { EngineInvocation } from './engine-arguments.mjs'
 */

/** @typedef {{ stdin: Readable, stdout: Writable, stderr: Writable }} EngineStreams */

/**
 * Plays the native schema engine's part for the Prisma CLI (`PRISMA_SCHEMA_ENGINE_BINARY`)
 * and returns the process exit code.
 * @param {readonly string[]} argv
 * @param {EngineStreams} streams
 * @returns {Promise<number>}
 */
export async function runSchemaEngine(argv, streams) {
  // The CLI skips the engine's first stderr line, so it must be one that can be lost.
  streams.stderr.write(
    formatLogLine('INFO', { message: 'Starting schema engine (WebAssembly bridge)' }),
  );
  /** @type {EngineInvocation} */
  let invocation;
  try {
    invocation = parseEngineArguments(argv);
  } catch (error) {
    return reportFailure(streams, { message: /** @type {Error} */ (error).message });
  }
  switch (invocation.mode) {
    case 'version': {
      const { version } = await loadSchemaEngine();
      streams.stdout.write(`schema-engine-cli ${version()}\n`);
      return 0;
    }
    case 'database-command': {
      const { command, databaseUrl } = invocation;
      if (databaseUrl === undefined) return reportFailure(streams, MISSING_DATABASE_URL);
      try {
        await runDatabaseCommand(command, databaseUrl);
        return 0;
      } catch (error) {
        return reportFailure(streams, describeDatabaseError(error, databaseUrl));
      }
    }
    case 'json-rpc': {
      const service = createSchemaEngineService({
        datamodelPaths: invocation.datamodelPaths,
        databaseUrl: invocation.databaseUrl,
        log: (line) => streams.stderr.write(`${line.trimEnd()}\n`),
      });
      await serveJsonRpc(streams.stdin, streams.stdout, service);
      await service.close();
      return 0;
    }
  }
}

/**
 * Reports an error nothing caught, such as a panic inside the engine, the way the native
 * engine does: an error log line and exit code 101, which the CLI shows as a crash.
 * @param {unknown} error
 * @param {Writable} stderr
 */
export function reportCrash(error, stderr) {
  const message =
    takePanicMessage() ?? (error instanceof Error ? (error.stack ?? error.message) : String(error));
  stderr.write(formatLogLine('ERROR', { message }));
  return 101;
}

/**
 * @param {EngineStreams} streams
 * @param {PrismaErrorReport} report
 */
function reportFailure(streams, { message, errorCode }) {
  streams.stderr.write(formatLogLine('ERROR', { message, error_code: errorCode }));
  return 1;
}
