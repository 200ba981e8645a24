import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  Kind,
  getVariableValues,
  separateOperations,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { ApiError } from '../errors.js';
import { listSizeEstimator } from './cost-estimator.js';
import type { QueryLimits } from './query-limits.js';

const badRequest = { http: { status: 400 } };

export type OperationLimits = Pick<QueryLimits, 'maxDepth' | 'maxAliases' | 'maxCost'>;

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
 * Checks a parsed, valid operation against the depth, alias and cost limits; returns the error
 * for the first limit it breaks (each with its own code), or null.
 */
export function createOperationLimitCheck(schema: GraphQLSchema, limits: OperationLimits) {
  const depthRule = maxDepthRule({
    n: limits.maxDepth,
    flattenFragments: true,
    exposeLimits: true,
  });
  const aliasesRule = maxAliasesRule({ n: limits.maxAliases, exposeLimits: true });

  // Depth and aliases depend on the document alone; Apollo hands the same parsed document
  // object back for a repeated query, so each is checked once.
  type Violation = { code: 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES'; message: string } | null;
  const shapeViolations = new WeakMap<DocumentNode, Map<string, Violation>>();
  const shapeViolation = (document: DocumentNode, operationName: string): Violation => {
    const known = shapeViolations.get(document) ?? new Map<string, Violation>();
    shapeViolations.set(document, known);
    if (known.has(operationName)) return known.get(operationName)!;
    // Only the operation that runs counts, not others defined in the same document.
    const operation = separateOperations(document)[operationName] ?? document;
    const tooDeep = firstViolation(schema, operation, depthRule);
    const tooManyAliases = tooDeep ? undefined : firstViolation(schema, operation, aliasesRule);
    const violation: Violation = tooDeep
      ? { code: 'QUERY_TOO_DEEP', message: tooDeep }
      : tooManyAliases
        ? { code: 'TOO_MANY_ALIASES', message: tooManyAliases }
        : null;
    known.set(operationName, violation);
    return violation;
  };

  return (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ): ApiError | null => {
    const violation = shapeViolation(document, operationName ?? '');
    if (violation) return new ApiError(violation.code, violation.message, badRequest);
    // The cost depends on the variables (list lengths), so it is estimated every time. Variables
    // that do not fit their types cannot be costed; execution refuses them as bad user input.
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        (!operationName || definition.name?.value === operationName),
    );
    if (!operation) return null;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return null;
    const cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [listSizeEstimator],
    });
    if (cost > limits.maxCost) {
      return new ApiError(
        'QUERY_TOO_COSTLY',
        `The query's estimated cost is ${cost}, above the limit of ${limits.maxCost}; ask for fewer items or fields per request.`,
        { ...badRequest, cost, maxCost: limits.maxCost },
      );
    }
    return null;
  };
}
