import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { csrfFailed } from './auth-errors.js';
import { passesCsrfCheck } from './request-viewer.js';
import type { Viewer } from './viewer.js';

/**
 * Refuses every mutation sent with a session cookie but without the session's CSRF token in
 * the x-csrf-token header, before any resolver runs. A cross-site form or script cannot know
 * the token, so it cannot change anything in a signed-in person's name.
 */
export function csrfPlugin<
  TContext extends BaseContext & { viewer: Viewer | null },
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation' && !passesCsrfCheck(contextValue.viewer))
            throw csrfFailed();
        },
      };
    },
  };
}
