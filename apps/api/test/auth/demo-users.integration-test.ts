import { describe, expect, it } from 'vitest';
import { demoUsers, ensureDemoUsers } from '../../src/modules/auth/demo-users.js';
import { SessionService } from '../../src/modules/auth/session-service.js';
import { useTestDatabase } from '../support/test-database.js';

describe('ensureDemoUsers', () => {
  const database = useTestDatabase();

  it('creates a demo editor and admin once, who can sign in with the printed passwords', async () => {
    expect(await ensureDemoUsers(database.prisma)).toEqual(demoUsers);
    await ensureDemoUsers(database.prisma);
    const users = await database.prisma.user.findMany({ orderBy: { email: 'asc' } });
    expect(users.map((user) => [user.email, user.role])).toEqual([
      ['admin@atlas.local', 'ADMIN'],
      ['editor@atlas.local', 'EDITOR'],
    ]);
    const sessions = new SessionService(database.prisma);
    for (const demo of demoUsers) {
      const result = await sessions.signIn({
        email: demo.email,
        password: demo.password,
        ip: '127.0.0.1',
        userAgent: null,
      });
      expect(result.ok && result.session.user.role).toBe(demo.role);
    }
  });
});
