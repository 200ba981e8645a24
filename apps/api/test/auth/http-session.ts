import { postGraphql, type GraphqlResponse } from '../support/graphql-client.js';

/** What a signed-in browser holds: the session cookie and the CSRF token it echoes. */
export interface HttpSession {
  cookie: string;
  csrfToken: string;
}

export async function signInOverHttp(
  baseUrl: URL,
  email: string,
  password: string,
): Promise<HttpSession> {
  const response = await fetch(new URL('/auth/sign-in', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in as ${email} failed: HTTP ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('atlas_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { cookie, csrfToken };
}

/** A GraphQL request as a session (with its CSRF token unless told otherwise), an API key, or nobody. */
export function graphqlAs<T>(
  baseUrl: URL,
  as: HttpSession | { apiKey: string } | null,
  query: string,
  variables: Record<string, unknown> = {},
  options: { csrfToken?: string | null } = {},
): Promise<GraphqlResponse<T>> {
  const headers: Record<string, string> = {};
  if (as && 'apiKey' in as) headers.authorization = `Bearer ${as.apiKey}`;
  else if (as) {
    headers.cookie = as.cookie;
    const csrf = options.csrfToken === undefined ? as.csrfToken : options.csrfToken;
    if (csrf !== null) headers['x-csrf-token'] = csrf;
  }
  return postGraphql<T>(baseUrl, query, variables, headers);
}
