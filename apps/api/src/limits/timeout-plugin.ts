import type { ApolloServerPlugin } from '@apollo/server';
import { ApiError } from '../errors.js';

const timeoutCode = 'TIMEOUT';

/**
 * Stops resolving once a request has run for `timeoutMs`: every field that starts after the
 * deadline fails with TIMEOUT (HTTP 504), so a runaway request ends after the database statement
 * it is waiting for. The response keeps one TIMEOUT error instead of one per field.
 */
export function timeoutPlugin(timeoutMs: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const deadline = Date.now() + timeoutMs;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (Date.now() > deadline) {
                throw new ApiError(
                  timeoutCode,
                  `The request took longer than ${timeoutMs} ms and was stopped; ask for less per request.`,
                  { http: { status: 504 } },
                );
              }
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors } = response.body.singleResult;
          const firstTimeout = errors?.find((error) => error.extensions?.code === timeoutCode);
          if (!errors || !firstTimeout) return;
          response.body.singleResult.errors = [
            ...errors.filter((error) => error.extensions?.code !== timeoutCode),
            firstTimeout,
          ];
        },
      };
    },
  };
}
