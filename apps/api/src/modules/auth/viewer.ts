import type { Actor } from '../audit/audit-log.js';
import { forbidden, unauthenticated } from './auth-errors.js';

export type Role = 'EDITOR' | 'ADMIN';

export interface ViewerUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/** Who is making a request: a person through a session cookie, or a machine client through an API key. */
export type Viewer =
  | {
      kind: 'session';
      user: ViewerUser;
      sessionId: number;
      /** Whether the request echoed the session's CSRF token; state-changing requests need it. */
      csrfValid: boolean;
    }
  | {
      kind: 'apiKey';
      apiKeyId: number;
      name: string;
      scopes: readonly string[];
    };

const roleRank: Record<Role, number> = { EDITOR: 1, ADMIN: 2 };

/** Whether a person with the role may do what the required role may (admins do all editors do). */
export function hasRole(role: Role, required: Role): boolean {
  return roleRank[role] >= roleRank[required];
}

/** The signed-in person when they hold at least the role; throws UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireRole(viewer: Viewer | null, role: Role, what: string): ViewerUser {
  if (!viewer) throw unauthenticated();
  if (viewer.kind !== 'session' || !hasRole(viewer.user.role, role)) throw forbidden(what);
  return viewer.user;
}

/**
 * The actor for a request that a person with the role or an API key with the scope may make.
 */
export function requireRoleOrScope(
  viewer: Viewer | null,
  role: Role,
  scope: string,
  what: string,
): Actor {
  if (viewer?.kind === 'apiKey') {
    if (!viewer.scopes.includes(scope))
      throw forbidden(`${what} (the key lacks the scope ${scope})`);
    return { userId: null, apiKeyId: viewer.apiKeyId };
  }
  return userActor(requireRole(viewer, role, what));
}

export function userActor(user: ViewerUser): Actor {
  return { userId: user.id, apiKeyId: null };
}
