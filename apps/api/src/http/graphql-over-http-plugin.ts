import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorCode } from '@atlas/domain';
import Negotiator from 'negotiator';

// Errors in a well-formed request: the document does not parse or validate, the variables do
// not fit, or the operation breaks a limit. Malformed HTTP requests (BAD_REQUEST) stay 400.
const requestErrorCodes = new Set<ErrorCode>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
]);

/** Whether the answer goes out as `application/json`, chosen as Apollo chooses it. */
function answersAsPlainJson(accept: string | undefined): boolean {
  if (!accept) return true;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([
    'application/json',
    'application/graphql-response+json',
  ]);
  return preferred === 'application/json';
}

/**
 * GraphQL over HTTP: a response in `application/json` to a well-formed request has status 200
 * even when the request fails, so that clients of that older media type read the errors from
 * the body. With `application/graphql-response+json` the 4xx status stays.
 */
export function graphqlOverHttpPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const wellFormed =
            errors.length > 0 &&
            errors.every((error) => requestErrorCodes.has(error.extensions?.code as ErrorCode));
          if (wellFormed && answersAsPlainJson(request.http?.headers.get('accept'))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
