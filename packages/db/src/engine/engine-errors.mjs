/** @import { PrismaErrorReport } from './connection-errors.mjs' */

/**
 * The `data` of a JSON-RPC error, shaped like the native engine's so the CLI prints it the same way.
 * @typedef {object} EngineErrorData
 * @property {boolean} is_panic
 * @property {string} message
 * @property {string} [error_code]
 * @property {string} [backtrace]
 */

/**
 * Turns what the WebAssembly engine threw into the native engine's error data. User-facing
 * errors carry a `P…` code; connector errors end with a Rust span trace that only
 * obscures the database's own message, so it is cut off.
 * @param {unknown} error
 * @param {string | undefined} panicMessage
 * @returns {EngineErrorData}
 */
export function describeEngineError(error, panicMessage) {
  if (panicMessage !== undefined) {
    return {
      is_panic: true,
      message: panicMessage,
      backtrace: error instanceof Error ? (error.stack ?? '') : '',
    };
  }
  const message = withoutSpanTrace(error instanceof Error ? error.message : String(error));
  const code = /** @type {{ code?: unknown } | null} */ (error)?.code;
  return typeof code === 'string'
    ? { is_panic: false, message, error_code: code }
    : { is_panic: false, message };
}

/**
 * @param {PrismaErrorReport} report
 * @returns {EngineErrorData}
 */
export function reportToErrorData({ errorCode, message }) {
  return errorCode === undefined
    ? { is_panic: false, message }
    : { is_panic: false, message, error_code: errorCode };
}

/** @param {string} message */
function withoutSpanTrace(message) {
  return message.replace(/\n\s+0: [\s\S]*$/, '').trimEnd();
}
