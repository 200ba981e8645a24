import 'server-only';
import type { TypedDocumentString } from '@/gql/graphql';
import { config } from '@/lib/config';

/** How long a cached API answer may be served before it is fetched again, in seconds. */
const defaultRevalidateSeconds = 600;

/** A refusal or failure of the API, with its stable code (`extensions.code`). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

/**
 * How an answer is fetched: public reads are shared by every reader and kept in Next.js' data
 * cache under tags (the API invalidates them through /api/revalidate when data changes);
 * a signed-in person's requests carry their own headers and are never cached.
 */
export type RequestOptions =
  { tags: string[]; revalidate?: number } | { personal: Record<string, string> };

function fetchOptions(options: RequestOptions): RequestInit {
  if ('personal' in options) return { headers: options.personal, cache: 'no-store' };
  return {
    // Answers serve every reader, so the API does not rate-limit the portal as one client.
    headers: config.revalidateSecret ? { 'x-portal-secret': config.revalidateSecret } : {},
    cache: 'force-cache',
    next: { revalidate: options.revalidate ?? defaultRevalidateSeconds, tags: options.tags },
  };
}

/** Runs a typed GraphQL operation against the API; any error becomes an `ApiError`. */
export async function requestApi<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions,
): Promise<TResult> {
  const url = `${config.apiUrl}/graphql`;
  const { headers, ...rest } = fetchOptions(options);
  let response: Response;
  try {
    response = await fetch(url, {
      ...rest,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (error) {
    throw new ApiError(
      'API_UNREACHABLE',
      `The API at ${url} cannot be reached: ${(error as Error).message}`,
    );
  }
  const payload = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  const first = payload.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    throw new ApiError(typeof code === 'string' ? code : 'API_ERROR', first.message);
  }
  if (!response.ok || !payload.data) {
    throw new ApiError('API_ERROR', `The API answered HTTP ${response.status} without data`);
  }
  return payload.data;
}
