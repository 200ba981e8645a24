import readline from 'node:readline';

/** @import { Readable, Writable } from 'node:stream' */

/**
 * @typedef {object} JsonRpcErrorObject
 * @property {number} code
 * @property {string} message
 * @property {unknown} [data]
 */

/**
 * The other end of the connection, which can be sent requests too.
 * @typedef {object} JsonRpcPeer
 * @property {(method: string, params: unknown) => void} request Sends a request without
 *   waiting for its response: the stream keeps the order of messages.
 */

/**
 * @typedef {object} JsonRpcService
 * @property {(method: string, params: unknown, peer: JsonRpcPeer) => Promise<unknown>} handle
 * @property {(error: unknown) => JsonRpcErrorObject} describeError
 */

/** @typedef {{ id?: unknown, method?: unknown, params?: unknown }} IncomingMessage */

const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;

/**
 * Serves JSON-RPC 2.0 with one JSON object per line, until the input ends and every
 * request received has been answered.
 * @param {Readable} input
 * @param {Writable} output
 * @param {JsonRpcService} service
 */
export async function serveJsonRpc(input, output, service) {
  /** @param {object} message */
  const send = (message) => output.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  let nextRequestId = 1;
  /** @type {JsonRpcPeer} */
  const peer = { request: (method, params) => send({ id: nextRequestId++, method, params }) };

  /** @param {IncomingMessage} message */
  const answer = async ({ id = null, method, params }) => {
    if (typeof method !== 'string') {
      send({
        id,
        error: { code: INVALID_REQUEST, message: 'Invalid request: the method must be a string.' },
      });
      return;
    }
    try {
      // A method without a return value still needs a `result`, or the caller never settles.
      send({ id, result: (await service.handle(method, params, peer)) ?? null });
    } catch (error) {
      send({ id, error: service.describeError(error) });
    }
  };

  // One request at a time, in the order received, as the engine's callers expect.
  let answered = Promise.resolve();
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    /** @type {IncomingMessage} */
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({
        id: null,
        error: { code: PARSE_ERROR, message: 'Parse error: a line is not valid JSON.' },
      });
      continue;
    }
    // Lines without a method answer this side's own requests; nothing waits for them.
    if (message.method === undefined && message.id !== undefined) continue;
    answered = answered.then(() => answer(message));
  }
  await answered;
}
