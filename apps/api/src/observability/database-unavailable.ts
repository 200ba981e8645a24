import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { ErrorCode } from '@atlas/domain';
import type { ErrorRequestHandler } from 'express';
import { ApiError } from '../errors.js';

export const DATABASE_UNAVAILABLE_CODE: ErrorCode = 'DATABASE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is temporarily unavailable; retry in a few seconds.';
/** Seconds a client should wait before retrying, sent as `Retry-After`. */
const retryAfterSeconds = '2';

// Prisma's own codes for a server it cannot reach, a closed connection or an
// exhausted pool.
const prismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// Kinds of `DriverAdapterError` raised by `@prisma/adapter-pg` for the same cases.
const driverAdapterKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
// SQLSTATEs of a server that is shutting down, starting up or out of connections;
// class 08 is every "connection exception".
const postgresStates = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres raises these without a code when a connection dies or never opens.
const connectionMessages = new Set([
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
]);

function fieldOf(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

/**
 * True when an error (or anything it wraps: GraphQL's `originalError`, `cause`,
 * Prisma's `meta.driverAdapterError`) says the database cannot be used right now,
 * as opposed to a bad query or a bug.
 */
export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const code = fieldOf(error, 'code');
  if (typeof code === 'string') {
    if (prismaCodes.has(code) || socketCodes.has(code) || postgresStates.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  const message = fieldOf(error, 'message');
  if (typeof message === 'string' && connectionMessages.has(message)) return true;
  const kind = fieldOf(error, 'kind');
  if (typeof kind === 'string' && driverAdapterKinds.has(kind)) return true;

  const meta = fieldOf(error, 'meta');
  const wrapped = [
    fieldOf(error, 'originalError'),
    fieldOf(error, 'cause'),
    meta && typeof meta === 'object' ? fieldOf(meta, 'driverAdapterError') : undefined,
  ];
  return wrapped.some((inner) => inner !== error && isDatabaseUnavailableError(inner, depth + 1));
}

/**
 * Turns a GraphQL response whose errors come from an unreachable database into a
 * 503 with `Retry-After` and one clear error, instead of a generic server error.
 */
export function databaseUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.some((error) => isDatabaseUnavailableError(error))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', retryAfterSeconds);
          if (response.body.kind === 'single') {
            response.body.singleResult.errors = [
              {
                message: DATABASE_UNAVAILABLE_MESSAGE,
                extensions: { code: DATABASE_UNAVAILABLE_CODE },
              },
            ];
          }
        },
      };
    },
  };
}

/**
 * The same answer for a request whose context could not be built (resolving its session or API
 * key needs the database). Apollo answers a context failure with a 500 unless it is handed a
 * GraphQL error carrying its HTTP status, so an outage error is turned into one; others pass.
 */
export function contextErrorFor(error: unknown): unknown {
  if (!isDatabaseUnavailableError(error)) return error;
  return new ApiError(DATABASE_UNAVAILABLE_CODE, DATABASE_UNAVAILABLE_MESSAGE, {
    http: { status: 503, headers: new HeaderMap([['retry-after', retryAfterSeconds]]) },
  });
}

/** The same answer for plain HTTP routes (exports, health) whose handler threw. */
export const databaseUnavailableErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (!isDatabaseUnavailableError(error) || res.headersSent) {
    next(error);
    return;
  }
  res
    .status(503)
    .set('retry-after', retryAfterSeconds)
    .json({
      errors: [
        { message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: DATABASE_UNAVAILABLE_CODE } },
      ],
    });
};
