import 'server-only';
import { cookies, headers } from 'next/headers';
import type { TypedDocumentString } from '@/gql/graphql';
import { config } from '@/lib/config';
import { clientAddressHeader } from './client-address';
import { sessionCookieName } from './session-cookie';

/** A refusal by the API, with its stable code and any details (e.g. both versions of a conflict). */
export class StudioApiError extends Error {
  override name = 'StudioApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Headers that carry the signed-in person to the API: the session cookie and the client's address. */
export async function forwardedHeaders(csrfToken?: string): Promise<Record<string, string>> {
  const token = (await cookies()).get(sessionCookieName)?.value;
  return {
    ...(token ? { cookie: `${sessionCookieName}=${token}` } : {}),
    ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
    ...clientAddressHeader((await headers()).get('x-forwarded-for')),
  };
}

/**
 * Runs a typed GraphQL operation as the signed-in person. Never cached: the studio always
 * shows the current state. Mutations need the session's CSRF token.
 */
export async function studioRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  csrfToken?: string,
): Promise<TResult> {
  const url = `${config.apiUrl}/graphql`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(await forwardedHeaders(csrfToken)),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      cache: 'no-store',
    });
  } catch (error) {
    throw new StudioApiError(
      'API_UNREACHABLE',
      `The API at ${url} cannot be reached: ${(error as Error).message}`,
    );
  }
  const payload = (await response.json().catch(() => ({}))) as {
    data?: TResult | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  const first = payload.errors?.[0];
  if (first) {
    const { code, ...extensions } = first.extensions ?? {};
    throw new StudioApiError(
      typeof code === 'string' ? code : 'API_ERROR',
      first.message,
      extensions,
    );
  }
  if (!response.ok || !payload.data) {
    throw new StudioApiError('API_ERROR', `The API answered HTTP ${response.status} without data`);
  }
  return payload.data;
}
