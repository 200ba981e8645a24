import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  separateOperations,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { ApiError } from '../errors.js';
import { listSizeEstimator } from './cost-estimator.js';
import type { QueryLimits } from './query-limits.js';

const badRequest = { http: { status: 400 } };

/**
 * The message of the rule's violation, if any. The armor rules throw their error out of
 * validation instead of reporting it, and word it as a syntax error, which it is not.
 */
function firstViolation(
  schema: GraphQLSchema,
  document: DocumentNode,
  rule: ValidationRule,
): string | undefined {
  try {
    return validate(schema, document, [rule])[0]?.message;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return error.message.replace(/^Syntax Error: /, '');
  }
}

/**
 * Refuses operations that are too deep, use too many aliases or cost too much, after Apollo has
 * parsed and validated them and before anything runs. Each refusal has its own error code.
 */
export function operationLimitsPlugin(
  schema: GraphQLSchema,
  limits: Pick<QueryLimits, 'maxDepth' | 'maxAliases' | 'maxCost'>,
): ApolloServerPlugin {
  const depthRule = maxDepthRule({
    n: limits.maxDepth,
    flattenFragments: true,
    exposeLimits: true,
  });
  const aliasesRule = maxAliasesRule({ n: limits.maxAliases, exposeLimits: true });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          // Only the operation that runs counts, not others defined in the same document.
          const operation = separateOperations(document)[operationName ?? ''] ?? document;
          const tooDeep = firstViolation(schema, operation, depthRule);
          if (tooDeep) throw new ApiError('QUERY_TOO_DEEP', tooDeep, badRequest);
          const tooManyAliases = firstViolation(schema, operation, aliasesRule);
          if (tooManyAliases) throw new ApiError('TOO_MANY_ALIASES', tooManyAliases, badRequest);
          const cost = getComplexity({
            schema,
            query: operation,
            operationName: operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [listSizeEstimator],
          });
          if (cost > limits.maxCost) {
            throw new ApiError(
              'QUERY_TOO_COSTLY',
              `The query's estimated cost is ${cost}, above the limit of ${limits.maxCost}; ask for fewer items or fields per request.`,
              { ...badRequest, cost, maxCost: limits.maxCost },
            );
          }
        },
      };
    },
  };
}
