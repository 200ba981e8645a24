import type { Prisma, PrismaClient } from '@atlas/db';
import { recordAuditEvent } from '../audit/audit-log.js';
import { verifyAgainstNothing, verifyPassword } from './password.js';
import { nextAllowedSignIn, recordSignInAttempt } from './sign-in-throttle.js';
import { generateToken, hashToken } from './tokens.js';
import type { ViewerUser } from './viewer.js';

/** A session ends this long after sign-in, used or not. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;
// lastSeenAt is written at most this often, so reads do not each cost a write.
const lastSeenResolutionMs = 60 * 1000;

export type SignInFailure =
  { reason: 'INVALID_CREDENTIALS' } | { reason: 'TOO_MANY_ATTEMPTS'; retryAt: Date };

export interface NewSession {
  /** The secret for the session cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: ViewerUser;
}

export interface ActiveSession {
  id: number;
  csrfToken: string;
  expiresAt: Date;
  user: ViewerUser;
}

export class SessionService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async signIn(input: {
    email: string;
    password: string;
    ip: string;
    userAgent: string | null;
  }): Promise<{ ok: true; session: NewSession } | { ok: false; failure: SignInFailure }> {
    const email = normaliseEmail(input.email);
    const now = this.clock();
    const retryAt = await nextAllowedSignIn(this.prisma, { email, ip: input.ip, now });
    if (retryAt) return { ok: false, failure: { reason: 'TOO_MANY_ATTEMPTS', retryAt } };

    const user = await this.prisma.user.findUnique({ where: { email } });
    const valid =
      user && !user.disabledAt
        ? await verifyPassword(user.passwordHash, input.password)
        : await verifyAgainstNothing(input.password);
    await recordSignInAttempt(this.prisma, { email, ip: input.ip, succeeded: valid, now });
    if (!valid || !user) return { ok: false, failure: { reason: 'INVALID_CREDENTIALS' } };

    const token = generateToken();
    const session = await this.prisma.$transaction(async (tx) => {
      const created = await tx.session.create({
        data: {
          tokenHash: hashToken(token),
          userId: user.id,
          csrfToken: generateToken(),
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + sessionLifetimeMs),
          ip: input.ip,
          userAgent: input.userAgent?.slice(0, 500) ?? null,
        },
      });
      await recordSessionEvent(tx, 'auth.sign-in', user.id, { after: created });
      return created;
    });
    return {
      ok: true,
      session: {
        token,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
        user: toViewerUser(user),
      },
    };
  }

  /** The live session for a cookie token, or null when it is unknown, expired, or its user is disabled. */
  async resolve(token: string): Promise<ActiveSession | null> {
    const now = this.clock();
    const session = await this.prisma.session.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { user: true },
    });
    if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > lastSeenResolutionMs) {
      await this.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
    }
    return {
      id: session.id,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      user: toViewerUser(session.user),
    };
  }

  async signOut(sessionId: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const session = await tx.session.findUnique({ where: { id: sessionId } });
      const { count } = await tx.session.deleteMany({ where: { id: sessionId } });
      // A session ended meanwhile (another sign-out, a disable) was not ended by this request.
      if (!session || count === 0) return;
      await recordSessionEvent(tx, 'auth.sign-out', session.userId, { before: session });
    });
  }
}

type SessionPlace = { ip: string | null; userAgent: string | null };

/** A person's own sign-in or sign-out, with where the session was opened from, never its tokens. */
function recordSessionEvent(
  tx: Prisma.TransactionClient,
  action: 'auth.sign-in' | 'auth.sign-out',
  userId: number,
  change: { before?: SessionPlace; after?: SessionPlace },
): Promise<void> {
  const place = (session: SessionPlace | undefined) =>
    session ? { ip: session.ip, userAgent: session.userAgent } : null;
  return recordAuditEvent(
    tx,
    { userId, apiKeyId: null },
    {
      action,
      entityType: 'User',
      entityId: userId,
      before: place(change.before),
      after: place(change.after),
    },
  );
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toViewerUser(user: {
  id: number;
  email: string;
  name: string;
  role: 'EDITOR' | 'ADMIN';
}): ViewerUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
