import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import {
  csrfCookieName,
  passesCsrfCheck,
  resolveViewer,
  sessionCookieName,
  sessionTokenFrom,
  type AuthServices,
} from './request-viewer.js';
import type { ViewerUser } from './viewer.js';

const signInBody = z.object({
  email: z.string().min(1, 'email is required').max(320),
  password: z.string().min(1, 'password is required').max(1000),
});

/** Errors of the HTTP endpoints: `{ error: { code, message } }` with a matching status. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

function isLocalHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '127.0.0.1' ||
    hostname === '::1' ||
    hostname.endsWith('.localhost')
  );
}

function cookieOptions(req: Request, httpOnly: boolean, expires: Date) {
  return {
    httpOnly,
    sameSite: 'lax' as const,
    secure: !isLocalHost(req.hostname),
    path: '/',
    expires,
  };
}

function sessionBody(user: ViewerUser, csrfToken: string, expiresAt: Date) {
  return { user, csrfToken, expiresAt: expiresAt.toISOString() };
}

/**
 * `POST /auth/sign-in`, `POST /auth/sign-out`, `GET /auth/session`. Sign-ins are throttled by
 * `req.ip`: the person signing in, as named by a trusted proxy such as the portal's server
 * (the server's `trustProxy`).
 */
export function createAuthRoutes(services: AuthServices): express.Router {
  const router = express.Router();

  router.post('/auth/sign-in', express.json({ limit: '10kb' }), async (req, res) => {
    const body = signInBody.safeParse(req.body);
    if (!body.success) {
      sendError(
        res,
        400,
        'BAD_USER_INPUT',
        body.error.issues.map((issue) => issue.message).join('; '),
      );
      return;
    }
    const result = await services.sessions.signIn({
      ...body.data,
      ip: req.ip ?? 'unknown',
      userAgent: req.get('user-agent') ?? null,
    });
    if (!result.ok) {
      if (result.failure.reason === 'TOO_MANY_ATTEMPTS') {
        const seconds = Math.max(
          1,
          Math.ceil((result.failure.retryAt.getTime() - Date.now()) / 1000),
        );
        res.set('Retry-After', String(seconds));
        sendError(
          res,
          429,
          'TOO_MANY_ATTEMPTS',
          `Too many failed sign-ins; try again in ${Math.ceil(seconds / 60)} min.`,
        );
      } else {
        sendError(res, 401, 'INVALID_CREDENTIALS', 'Wrong email or password.');
      }
      return;
    }
    const { token, csrfToken, expiresAt, user } = result.session;
    res.cookie(sessionCookieName, token, cookieOptions(req, true, expiresAt));
    res.cookie(csrfCookieName, csrfToken, cookieOptions(req, false, expiresAt));
    res.json(sessionBody(user, csrfToken, expiresAt));
  });

  router.post('/auth/sign-out', async (req, res) => {
    const viewer = await resolveViewer(services, req.headers);
    if (viewer?.kind !== 'session') {
      sendError(res, 401, 'UNAUTHENTICATED', 'No session to end.');
      return;
    }
    if (!passesCsrfCheck(viewer)) {
      sendError(res, 403, 'CSRF_FAILED', 'Missing or wrong CSRF token in the x-csrf-token header.');
      return;
    }
    await services.sessions.signOut(viewer.sessionId);
    res.clearCookie(sessionCookieName, { path: '/' });
    res.clearCookie(csrfCookieName, { path: '/' });
    res.status(204).end();
  });

  router.get('/auth/session', async (req, res) => {
    const token = sessionTokenFrom(req.headers);
    const session = token ? await services.sessions.resolve(token) : null;
    res.set('Cache-Control', 'no-store');
    if (!session) {
      sendError(res, 401, 'UNAUTHENTICATED', 'Not signed in, or the session has expired.');
      return;
    }
    res.json(sessionBody(session.user, session.csrfToken, session.expiresAt));
  });

  return router;
}
