import type { ErrorCode } from '@atlas/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

// The codes are the shared list of @atlas/domain; src/schema.test.ts keeps the schema's
// ErrorCode enum, which documents them, equal to it.
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export function badUserInput(message: string, argumentName?: string): ApiError {
  return new ApiError('BAD_USER_INPUT', message, argumentName ? { argumentName } : {});
}

/** NOT_FOUND naming the unknown codes, e.g. "Unknown region: 'XXX', 'YYY'". */
export function notFound(what: string, codes: readonly string[]): ApiError {
  const list = codes.map((code) => `'${code}'`).join(', ');
  return new ApiError('NOT_FOUND', `Unknown ${what}: ${list}`, { codes: [...codes] });
}

const internalCode: ErrorCode = 'INTERNAL_SERVER_ERROR';

/**
 * Unexpected failures keep their code but lose their message (it may name tables or
 * hosts); the original is logged.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  if (formatted.extensions?.code !== internalCode) return formatted;
  console.error(error);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: internalCode },
  };
}
