import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Context } from '../context.js';

/** How long browsers, proxies and the response cache may keep an anonymous read. */
export const publicMaxAgeSeconds = 60;

/** A number that changes whenever data changes; part of every response cache key. */
export interface DataVersion {
  current(): number;
  bump(): void;
}

export function createDataVersion(): DataVersion {
  let version = 0;
  return {
    current: () => version,
    bump: () => {
      version += 1;
    },
  };
}

const isAnonymousRead = (context: Context, operation: string | undefined) =>
  context.viewer === null && operation === 'query';

/**
 * HTTP caching for public reads: anonymous queries answer with `Cache-Control: max-age=60,
 * public`, everything else (signed-in callers, mutations, errors) with `no-store`; and a
 * response cache in this process serves repeated anonymous queries without running them. Its
 * keys include the data version, so a change announced on the change bus empties it at once.
 *
 * Every public field may be cached alike, so the policy is set once per operation instead of by
 * Apollo's per-field cache-control plugin, whose bookkeeping on every resolved field weighs on
 * large responses.
 */
export function publicCachingPlugins(
  dataVersion: DataVersion,
  { cacheResponses }: { cacheResponses: boolean },
): ApolloServerPlugin<Context>[] {
  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue, operation, overallCachePolicy }) {
            if (isAnonymousRead(contextValue, operation?.operation)) {
              overallCachePolicy.replace({ maxAge: publicMaxAgeSeconds, scope: 'PUBLIC' });
            } else {
              overallCachePolicy.restrict({ maxAge: 0 });
            }
          },
          async willSendResponse({ response, overallCachePolicy }) {
            const cacheable = overallCachePolicy.policyIfCacheable();
            const failed = response.body.kind !== 'single' || !!response.body.singleResult.errors;
            response.http.headers.set(
              'cache-control',
              cacheable && !failed
                ? `max-age=${cacheable.maxAge}, ${cacheable.scope.toLowerCase()}`
                : 'no-store',
            );
          },
        };
      },
    },
  ];
  if (!cacheResponses) return plugins;
  return [
    ...plugins,
    responseCachePlugin<Context>({
      cache: new InMemoryLRUCache({ maxSize: 64 * 1024 * 1024 }),
      extraCacheKeyData: async () => dataVersion.current(),
      shouldReadFromCache: async ({ contextValue }) => contextValue.viewer === null,
      shouldWriteToCache: async ({ contextValue }) => contextValue.viewer === null,
    }),
  ];
}
