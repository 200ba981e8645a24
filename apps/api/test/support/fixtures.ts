import type { PrismaClient, User } from '@atlas/db';
import { UserService } from '../../src/modules/auth/user-service.js';
import type { Role, Viewer } from '../../src/modules/auth/viewer.js';

/** A few regions, indicators and sources of the real catalogue, enough for the studio's tests. */
export async function createReferenceData(prisma: PrismaClient): Promise<void> {
  const pillar = await prisma.pillar.create({
    data: {
      code: 'capacity',
      name: 'Capacity',
      description: 'How much computing power a region has.',
    },
  });
  await prisma.region.createMany({
    data: [
      { code: 'WLD', name: 'World', kind: 'WORLD' },
      { code: 'USA', name: 'United States', kind: 'COUNTRY' },
      { code: 'CHN', name: 'China', kind: 'COUNTRY' },
      { code: 'JPN', name: 'Japan', kind: 'COUNTRY' },
    ],
  });
  await prisma.indicator.createMany({
    data: [
      {
        code: 'top500_systems',
        name: 'TOP500 systems',
        unit: 'systems',
        description: 'Systems on a TOP500 list.',
        pillarId: pillar.id,
      },
      {
        code: 'top500_rmax_pflops',
        name: 'TOP500 aggregate Rmax',
        unit: 'PFLOP/s',
        description: 'Sum of HPL Rmax.',
        pillarId: pillar.id,
      },
    ],
  });
  await prisma.source.createMany({
    data: ['t500_202406', 't500_202411'].map((key) => ({
      key,
      title: `TOP500 list ${key.slice(5)}`,
      publisher: 'TOP500.org',
      year: 2024,
      url: `https://top500.org/lists/top500/${key.slice(5, 9)}/${key.slice(9)}/`,
      excerpt: 'List file of the 500 systems.',
    })),
  });
}

let userCount = 0;

/** A user with the role, and the viewer of a request from their session with its CSRF token. */
export async function createSignedInViewer(
  prisma: PrismaClient,
  role: Role,
): Promise<{ user: User; viewer: Viewer }> {
  userCount += 1;
  const user = await new UserService(prisma).create(
    {
      email: `${role.toLowerCase()}${userCount}@example.org`,
      name: `${role} ${userCount}`,
      role,
      password: 'correct horse battery',
    },
    null,
  );
  return {
    user,
    viewer: {
      kind: 'session',
      user: { id: user.id, email: user.email, name: user.name, role },
      sessionId: 0,
      csrfValid: true,
    },
  };
}
