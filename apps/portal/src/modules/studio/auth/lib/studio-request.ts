import 'server-only';
import { cookies, headers } from 'next/headers';
import type { TypedDocumentString } from '@/gql/graphql';
import { requestApi } from '@/lib/api/client';
import { clientAddressHeader } from './client-address';
import { sessionCookieName } from './session-cookie';

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
  return requestApi(document, variables, { personal: await forwardedHeaders(csrfToken) });
}
