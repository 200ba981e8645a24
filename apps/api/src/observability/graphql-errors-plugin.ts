import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { DATABASE_UNAVAILABLE_CODE, isDatabaseUnavailableError } from './database-unavailable.js';
import type { Logger } from './logger.js';
import type { ApiMetrics } from './metrics.js';
import { REQUEST_ID_HEADER } from './request-logging.js';

// Errors reach plugins before formatting: those without a code are the unexpected
// ones that Apollo will report as INTERNAL_SERVER_ERROR.
function codeOf(error: GraphQLError): string {
  if (typeof error.extensions.code === 'string') return error.extensions.code;
  if (isDatabaseUnavailableError(error)) return DATABASE_UNAVAILABLE_CODE;
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Counts every GraphQL error by its code and logs the server-side ones with the
 * request id and the cause, which the client never sees.
 */
export function graphqlErrorsPlugin(metrics: ApiMetrics, logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = codeOf(error);
            metrics.countGraphqlError(code);
            if (code !== 'INTERNAL_SERVER_ERROR' && code !== DATABASE_UNAVAILABLE_CODE) continue;
            const level = code === DATABASE_UNAVAILABLE_CODE ? 'warn' : 'error';
            logger[level](
              {
                reqId: request.http?.headers.get(REQUEST_ID_HEADER),
                operationName,
                path: error.path,
                code,
                err: error.originalError ?? error,
              },
              'graphql: server-side error',
            );
          }
        },
      };
    },
  };
}
