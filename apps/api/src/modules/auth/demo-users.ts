import type { PrismaClient } from '@atlas/db';
import type { Role } from './viewer.js';
import { UserService } from './user-service.js';

export interface DemoUser {
  email: string;
  password: string;
  role: Role;
}

/** The accounts the local quick start creates so the studio can be tried at once. */
export const demoUsers: readonly DemoUser[] = [
  { email: 'editor@atlas.local', password: 'atlas-editor-demo', role: 'EDITOR' },
  { email: 'admin@atlas.local', password: 'atlas-admin-demo', role: 'ADMIN' },
];

/**
 * Creates the demo editor and admin unless their emails already exist, and returns their
 * credentials for printing. For local, embedded databases only: the passwords are public.
 */
export async function ensureDemoUsers(prisma: PrismaClient): Promise<readonly DemoUser[]> {
  const users = new UserService(prisma);
  for (const demo of demoUsers) {
    if (await prisma.user.findUnique({ where: { email: demo.email } })) continue;
    const name = demo.role === 'ADMIN' ? 'Demo Admin' : 'Demo Editor';
    await users.create({ ...demo, name }, null);
  }
  return demoUsers;
}
