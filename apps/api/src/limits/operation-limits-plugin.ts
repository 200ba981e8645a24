import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { createOperationLimitCheck, type OperationLimits } from './operation-limits.js';

/**
 * Refuses operations that are too deep, use too many aliases or cost too much, after Apollo has
 * parsed and validated them and before anything runs.
 */
export function operationLimitsPlugin(
  schema: GraphQLSchema,
  limits: OperationLimits,
): ApolloServerPlugin {
  const check = createOperationLimitCheck(schema, limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          const violation = check(document, operationName, request.variables ?? {});
          if (violation) throw violation;
        },
      };
    },
  };
}
