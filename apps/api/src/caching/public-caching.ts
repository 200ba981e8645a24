import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
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
 */
export function publicCachingPlugins(
  dataVersion: DataVersion,
  { cacheResponses }: { cacheResponses: boolean },
): ApolloServerPlugin<Context>[] {
  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginCacheControl({ defaultMaxAge: publicMaxAgeSeconds }),
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue, operation, overallCachePolicy }) {
            if (!isAnonymousRead(contextValue, operation?.operation)) {
              overallCachePolicy.restrict({ maxAge: 0 });
            }
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
