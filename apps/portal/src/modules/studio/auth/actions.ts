'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { config } from '@/lib/config';
import { sessionCookieName, sessionCookieOptions } from './lib/session-cookie';
import { forwardedHeaders } from './lib/studio-request';

export interface SignInState {
  error: string | null;
  email: string;
}

/** Signs in through the API and keeps its session token in the portal's own cookie. */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '');
  const password = String(form.get('password') ?? '');
  const response = await fetch(`${config.apiUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await forwardedHeaders()) },
    body: JSON.stringify({ email, password }),
    cache: 'no-store',
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    return { error: body.error?.message ?? `Sign-in failed (HTTP ${response.status}).`, email };
  }
  const { expiresAt } = (await response.json()) as { expiresAt: string };
  const token = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${sessionCookieName}=`))
    ?.slice(sessionCookieName.length + 1);
  if (!token) return { error: 'The API did not start a session.', email };
  const host = (await headers()).get('host') ?? 'localhost';
  (await cookies()).set(sessionCookieName, token, sessionCookieOptions(host, new Date(expiresAt)));
  redirect('/studio');
}

/** Ends the session at the API and forgets the cookie. */
export async function signOut(form: FormData): Promise<void> {
  const csrfToken = String(form.get('csrfToken') ?? '');
  await fetch(`${config.apiUrl}/auth/sign-out`, {
    method: 'POST',
    headers: await forwardedHeaders(csrfToken),
    cache: 'no-store',
  });
  (await cookies()).delete({ name: sessionCookieName, path: '/studio' });
  redirect('/studio/sign-in');
}
