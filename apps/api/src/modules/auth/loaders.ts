import DataLoader from 'dataloader';
import type { PrismaClient, User } from '@atlas/db';
import { alignByKey } from '../../loaders/batch.js';

export function createAuthLoaders(prisma: PrismaClient) {
  const userById = new DataLoader<number, User | null>(async (ids) =>
    alignByKey(
      ids,
      await prisma.user.findMany({ where: { id: { in: [...ids] } } }),
      (user) => user.id,
    ),
  );
  return { userById };
}
