import type { Server } from 'node:http';
import { GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from '../context.js';
import { createOperationLimitCheck, type OperationLimits } from '../limits/operation-limits.js';

export interface SubscriptionServer {
  /** Closes every subscription socket and stops accepting new ones; later calls wait for the first. */
  close(): Promise<void>;
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) at `/graphql`, on the same
 * HTTP server and port as queries, with the same depth, alias and cost limits.
 */
export function serveSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  limits: OperationLimits,
  createContext: () => Context,
): SubscriptionServer {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const checkLimits = createOperationLimitCheck(schema, limits);
  const cleanup = useServer(
    {
      schema,
      context: () => createContext(),
      onSubscribe: (_socket, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) return invalid;
        const violation = checkLimits(document, payload.operationName, payload.variables ?? {});
        return violation ? [violation] : undefined;
      },
    },
    wsServer,
  );
  // Closing twice (before draining, then when stopping) must not fail.
  let closing: Promise<void> | undefined;
  return {
    close: () => {
      closing ??= Promise.resolve(cleanup.dispose());
      return closing;
    },
  };
}
