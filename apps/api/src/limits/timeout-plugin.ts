import type { ApolloServerPlugin } from '@apollo/server';
import type { Resolvers } from '../generated/graphql.js';
import { ApiError } from '../errors.js';

const timeoutCode = 'TIMEOUT';

interface Deadline {
  at: number;
  timeoutMs: number;
}

/** The deadline of each running request, by its context object. */
const deadlines = new WeakMap<object, Deadline>();

function refuseAfterDeadline(context: unknown): void {
  const deadline = deadlines.get(context as object);
  if (deadline && Date.now() > deadline.at) {
    throw new ApiError(
      timeoutCode,
      `The request took longer than ${deadline.timeoutMs} ms and was stopped; ask for less per request.`,
      { http: { status: 504 } },
    );
  }
}

type FieldResolver = (parent: unknown, args: unknown, context: unknown, info: unknown) => unknown;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Makes every resolver of the modules refuse to start once its request is past the deadline set
 * by `timeoutPlugin`, so a runaway request ends after the database statement it is waiting for.
 * Only the modules' own resolvers are checked: fields read straight off their parent cost
 * nothing, and checking them too (Apollo's per-field hook) would cost a promise per field.
 */
export function withDeadlineChecks(resolverMaps: readonly Resolvers[]): Resolvers[] {
  return resolverMaps.map((resolvers) =>
    Object.fromEntries(
      Object.entries(resolvers).map(([typeName, fields]) => {
        // Scalars, enums and subscriptions ({ subscribe, resolve }) are not plain field maps.
        if (!isPlainObject(fields) || typeName === 'Subscription') return [typeName, fields];
        const checked = Object.entries(fields).map(([fieldName, resolve]) => [
          fieldName,
          // Type resolvers (__resolveType, __isTypeOf) take other arguments and do no work.
          typeof resolve === 'function' && !fieldName.startsWith('__')
            ? (parent: unknown, args: unknown, context: unknown, info: unknown) => {
                refuseAfterDeadline(context);
                return (resolve as FieldResolver)(parent, args, context, info);
              }
            : resolve,
        ]);
        return [typeName, Object.fromEntries(checked)];
      }),
    ),
  );
}

/**
 * Gives each request `timeoutMs` to run: resolvers that would start later fail with TIMEOUT
 * (HTTP 504). The response keeps one TIMEOUT error instead of one per field.
 */
export function timeoutPlugin(timeoutMs: number): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      deadlines.set(contextValue, { at: Date.now() + timeoutMs, timeoutMs });
      return {
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
