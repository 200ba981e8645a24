import type { IncomingHttpHeaders } from 'node:http';
import { parseCookie } from 'cookie';
import type { ApiKeyService } from './api-key-service.js';
import type { SessionService } from './session-service.js';
import { tokensEqual } from './tokens.js';
import type { Viewer } from './viewer.js';

/** Holds the opaque session token; HttpOnly, so page scripts never see it. */
export const sessionCookieName = 'atlas_session';
/** Holds the session's CSRF token for browser clients that echo it (double submit); readable by scripts. */
export const csrfCookieName = 'atlas_csrf';
/** State-changing requests made with a session cookie must carry the session's CSRF token here. */
export const csrfHeaderName = 'x-csrf-token';

export interface AuthServices {
  sessions: SessionService;
  apiKeys: ApiKeyService;
}

/**
 * Who sent a request: an API key in `Authorization: Bearer …`, else the session in the
 * cookie. Null for anonymous requests and for unknown, expired or revoked credentials.
 */
export async function resolveViewer(
  services: AuthServices,
  headers: IncomingHttpHeaders,
): Promise<Viewer | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  if (bearer) {
    const key = await services.apiKeys.authenticate(bearer);
    return key && { kind: 'apiKey', apiKeyId: key.id, name: key.name, scopes: key.scopes };
  }
  const token = sessionTokenFrom(headers);
  if (!token) return null;
  const session = await services.sessions.resolve(token);
  if (!session) return null;
  const echoed = headers[csrfHeaderName];
  return {
    kind: 'session',
    user: session.user,
    sessionId: session.id,
    csrfValid: typeof echoed === 'string' && tokensEqual(echoed, session.csrfToken),
  };
}

export function sessionTokenFrom(headers: IncomingHttpHeaders): string | undefined {
  return parseCookie(headers.cookie ?? '')[sessionCookieName];
}

/** Whether a request from this viewer may change state: API keys always, sessions only with their CSRF token. */
export function passesCsrfCheck(viewer: Viewer | null): boolean {
  return viewer?.kind !== 'session' || viewer.csrfValid;
}
