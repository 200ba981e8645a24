import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { config } from '@/lib/config';
import { forwardedHeaders } from './studio-request';

export type StudioRole = 'EDITOR' | 'ADMIN';

export interface StudioSession {
  user: { id: number; email: string; name: string; role: StudioRole };
  /** Echoed by every change the studio sends, so the API can tell it from a forged request. */
  csrfToken: string;
  expiresAt: string;
}

/** The signed-in person of this request, asked of the API once per render; null when signed out. */
export const getStudioSession = cache(async (): Promise<StudioSession | null> => {
  const forwarded = await forwardedHeaders();
  if (!forwarded.cookie) return null;
  const response = await fetch(`${config.apiUrl}/auth/session`, {
    headers: forwarded,
    cache: 'no-store',
  });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`The API answered HTTP ${response.status} to a session check`);
  return (await response.json()) as StudioSession;
});

/** The session, or a redirect to the sign-in page. */
export async function requireStudioSession(): Promise<StudioSession> {
  const session = await getStudioSession();
  if (!session) redirect('/studio/sign-in');
  return session;
}

/** The session of an admin; editors are sent back to the studio's front page. */
export async function requireAdminSession(): Promise<StudioSession> {
  const session = await requireStudioSession();
  if (session.user.role !== 'ADMIN') redirect('/studio');
  return session;
}
