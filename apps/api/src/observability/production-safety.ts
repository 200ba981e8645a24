import type { PrismaClient } from '@atlas/db';
import { demoUsers } from '../modules/auth/demo-users.js';
import { verifyPassword } from '../modules/auth/password.js';

/**
 * The enabled accounts anyone could sign in to because their password is the published
 * demo one. A production database must have none.
 */
export async function accountsWithPublicPasswords(prisma: PrismaClient): Promise<string[]> {
  const candidates = await prisma.user.findMany({
    where: { email: { in: demoUsers.map((demo) => demo.email) }, disabledAt: null },
    select: { email: true, passwordHash: true },
  });
  const exposed: string[] = [];
  for (const user of candidates) {
    const demo = demoUsers.find((candidate) => candidate.email === user.email);
    if (demo && (await verifyPassword(user.passwordHash, demo.password))) exposed.push(user.email);
  }
  return exposed;
}
