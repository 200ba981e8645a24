import 'server-only';
import { config } from '@/lib/config';
import { clientAddressHeader } from '@/modules/studio/auth/lib/client-address';
import { sessionCookieName } from '@/modules/studio/auth/lib/session-cookie';

/**
 * Passes a CSV upload from the studio to the API's `POST /import` with the session cookie
 * and the CSRF token the page sent; the API decides. A route handler rather than a server
 * action, because uploads of 100,000 rows exceed the body limit of server actions.
 */
export async function proxyImport(request: Request): Promise<Response> {
  const incoming = new URL(request.url);
  const target = new URL('/import', config.apiUrl);
  for (const name of ['dryRun', 'fileName']) {
    const value = incoming.searchParams.get(name);
    if (value !== null) target.searchParams.set(name, value);
  }
  const token = request.headers
    .get('cookie')
    ?.split(';')
    .map((pair) => pair.trim())
    .find((pair) => pair.startsWith(`${sessionCookieName}=`));
  const headers: Record<string, string> = {
    'content-type': 'text/csv',
    ...clientAddressHeader(request.headers.get('x-forwarded-for')),
  };
  if (token) headers.cookie = token;
  const csrf = request.headers.get('x-csrf-token');
  if (csrf) headers['x-csrf-token'] = csrf;

  const response = await fetch(target, {
    method: 'POST',
    headers,
    body: await request.text(),
    cache: 'no-store',
  });
  return new Response(response.body, {
    status: response.status,
    headers: { 'content-type': response.headers.get('content-type') ?? 'application/json' },
  });
}
