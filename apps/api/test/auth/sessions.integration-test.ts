import type { PrismaClient } from '@atlas/db';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SessionService, sessionLifetimeMs } from '../../src/modules/auth/session-service.js';
import {
  maxFailuresPerAddress,
  maxFailuresPerEmail,
  throttleWindowMs,
} from '../../src/modules/auth/sign-in-throttle.js';
import { UserService } from '../../src/modules/auth/user-service.js';
import { useTestDatabase } from '../support/test-database.js';

const password = 'correct horse battery';

describe('SessionService', () => {
  const database = useTestDatabase();
  let prisma: PrismaClient;
  let now: Date;
  let sessions: SessionService;

  beforeAll(async () => {
    prisma = database.prisma;
    sessions = new SessionService(prisma, () => now);
    const users = new UserService(prisma);
    await users.create(
      { email: 'Editor@Example.org', name: 'Editor', role: 'EDITOR', password },
      null,
    );
    await users.create(
      { email: 'other@example.org', name: 'Other', role: 'EDITOR', password },
      null,
    );
  });
  beforeEach(async () => {
    await prisma.$executeRawUnsafe('TRUNCATE "Session", "SignInAttempt", "AuditEvent"');
    now = new Date('2026-03-01T09:00:00Z');
  });

  const attempt = (email: string, secret: string, ip = '203.0.113.7') =>
    sessions.signIn({ email, password: secret, ip, userAgent: 'vitest' });

  it('signs in with the right password, keeps only a hash of the token, and resolves the cookie', async () => {
    const result = await attempt(' editor@EXAMPLE.org ', password);
    if (!result.ok) throw new Error(`sign-in failed: ${result.failure.reason}`);
    const { token, csrfToken, expiresAt, user } = result.session;
    expect(user).toMatchObject({ email: 'editor@example.org', role: 'EDITOR' });
    expect(expiresAt.getTime() - now.getTime()).toBe(sessionLifetimeMs);
    const stored = await prisma.session.findFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await sessions.resolve(token)).toMatchObject({
      csrfToken,
      user: { email: 'editor@example.org' },
    });
    expect(await sessions.resolve(`${token}x`)).toBeNull();
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    expect(await attempt('editor@example.org', 'wrong password')).toEqual({
      ok: false,
      failure: { reason: 'INVALID_CREDENTIALS' },
    });
    expect(await attempt('nobody@example.org', password)).toEqual({
      ok: false,
      failure: { reason: 'INVALID_CREDENTIALS' },
    });
    expect(await prisma.session.count()).toBe(0);
  });

  it('ends a session at expiry and at sign-out', async () => {
    const first = await attempt('editor@example.org', password);
    const second = await attempt('editor@example.org', password);
    if (!first.ok || !second.ok) throw new Error('sign-in failed');
    now = new Date(now.getTime() + sessionLifetimeMs - 1000);
    const active = await sessions.resolve(first.session.token);
    expect(active).not.toBeNull();
    await sessions.signOut(active?.id ?? -1);
    expect(await sessions.resolve(first.session.token)).toBeNull();
    now = new Date(now.getTime() + 1000);
    expect(await sessions.resolve(second.session.token)).toBeNull();
  });

  it('audits a sign-in and a sign-out as the user, without secrets, and not a failed attempt', async () => {
    expect((await attempt('editor@example.org', 'wrong password')).ok).toBe(false);
    expect(await prisma.auditEvent.count()).toBe(0);

    const result = await attempt('editor@example.org', password);
    if (!result.ok) throw new Error(`sign-in failed: ${result.failure.reason}`);
    const { user, token, csrfToken } = result.session;
    const stored = await prisma.session.findFirstOrThrow();
    const active = await sessions.resolve(token);
    await sessions.signOut(active?.id ?? -1);
    await sessions.signOut(active?.id ?? -1);

    const log = await prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });
    expect(log).toMatchObject([
      {
        action: 'auth.sign-in',
        entityType: 'User',
        entityId: String(user.id),
        actorUserId: user.id,
        before: null,
        after: { ip: '203.0.113.7', userAgent: 'vitest' },
      },
      {
        action: 'auth.sign-out',
        entityType: 'User',
        entityId: String(user.id),
        actorUserId: user.id,
        before: { ip: '203.0.113.7', userAgent: 'vitest' },
        after: null,
      },
    ]);
    const passwordHash = (await prisma.user.findUniqueOrThrow({ where: { id: user.id } }))
      .passwordHash;
    const text = JSON.stringify(log);
    for (const secret of [token, csrfToken, stored.tokenHash, password, passwordHash]) {
      expect(text).not.toContain(secret);
    }
  });

  it(`throttles an email after ${maxFailuresPerEmail} failures, even with the right password, until the window passes`, async () => {
    for (let i = 0; i < maxFailuresPerEmail; i += 1) {
      expect((await attempt('editor@example.org', `guess ${i}`, `198.51.100.${i}`)).ok).toBe(false);
    }
    const throttled = await attempt('editor@example.org', password);
    expect(throttled).toEqual({
      ok: false,
      failure: { reason: 'TOO_MANY_ATTEMPTS', retryAt: new Date(now.getTime() + throttleWindowMs) },
    });
    expect((await attempt('other@example.org', password)).ok).toBe(true);
    now = new Date(now.getTime() + throttleWindowMs + 1);
    expect((await attempt('editor@example.org', password)).ok).toBe(true);
  });

  it(`throttles an address after ${maxFailuresPerAddress} failures across emails`, async () => {
    for (let i = 0; i < maxFailuresPerAddress; i += 1) {
      await attempt(`user${i}@example.org`, 'guess', '192.0.2.1');
    }
    expect(await attempt('editor@example.org', password, '192.0.2.1')).toMatchObject({
      ok: false,
      failure: { reason: 'TOO_MANY_ATTEMPTS' },
    });
    expect((await attempt('editor@example.org', password, '192.0.2.2')).ok).toBe(true);
  });

  it('refuses disabled users and ends their sessions', async () => {
    const users = new UserService(prisma);
    const signedIn = await attempt('other@example.org', password);
    if (!signedIn.ok) throw new Error('sign-in failed');
    const admin = await users.create(
      { email: 'admin@example.org', name: 'Admin', role: 'ADMIN', password },
      null,
    );
    await users.update(
      signedIn.session.user.id,
      { disabled: true },
      { userId: admin.id, apiKeyId: null },
    );
    expect(await sessions.resolve(signedIn.session.token)).toBeNull();
    expect(await attempt('other@example.org', password)).toMatchObject({
      ok: false,
      failure: { reason: 'INVALID_CREDENTIALS' },
    });
    await users.update(
      signedIn.session.user.id,
      { disabled: false },
      { userId: admin.id, apiKeyId: null },
    );
  });
});
