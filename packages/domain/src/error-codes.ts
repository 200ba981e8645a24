/**
 * The stable `extensions.code` of every error the API answers with. The API's schema
 * documents each one in its ErrorCode enum; a test there keeps the two lists equal.
 */
export const errorCodes = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'INTERNAL_SERVER_ERROR',
  'DATABASE_UNAVAILABLE',
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'RATE_LIMITED',
  'TIMEOUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_FAILED',
  'CONFLICT',
  'INVALID_STATE',
  'TYPED_FIGURES_UNCONFIRMED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return errorCodes.includes(value as ErrorCode);
}
