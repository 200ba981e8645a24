import 'server-only';
import type { TypedDocumentString } from '@/gql/graphql';
import { config } from '@/lib/config';

/** How long a cached API answer may be served before it is fetched again, in seconds. */
const defaultRevalidateSeconds = 600;

export class ApiError extends Error {
  override name = 'ApiError';
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface CacheOptions {
  /** Cache tags, so that on-demand revalidation can refresh exactly what changed. */
  tags: string[];
  revalidate?: number;
}

/**
 * Runs a typed GraphQL operation against the API. Answers go into Next.js' data cache
 * under the given tags; the API invalidates them through /api/revalidate when data changes.
 */
export async function requestApi<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  cache: CacheOptions,
): Promise<TResult> {
  const url = `${config.apiUrl}/graphql`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        // Answers serve every reader, so the API does not rate-limit the portal as one client.
        ...(config.revalidateSecret ? { 'x-portal-secret': config.revalidateSecret } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      cache: 'force-cache',
      next: { revalidate: cache.revalidate ?? defaultRevalidateSeconds, tags: cache.tags },
    });
  } catch (error) {
    throw new ApiError(`The API at ${url} cannot be reached: ${(error as Error).message}`);
  }
  const payload = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  if (payload.errors?.length) {
    const first = payload.errors[0]!;
    throw new ApiError(
      `API error${first.extensions?.code ? ` ${first.extensions.code}` : ''}: ${first.message}`,
    );
  }
  if (!response.ok || !payload.data) {
    throw new ApiError(`The API answered HTTP ${response.status} without data`);
  }
  return payload.data;
}
