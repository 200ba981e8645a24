import { createPrismaClient, type PrismaClient } from '@atlas/db';
import { inject } from 'vitest';
import { createApiServer } from '../../src/server.js';

export interface TestApi {
  baseUrl: URL;
  prisma: PrismaClient;
  stop(): Promise<void>;
}

/** Starts the API on a free port over the given client. */
export async function startApi(prisma: PrismaClient): Promise<TestApi> {
  const server = await createApiServer({ prisma });
  const baseUrl = await server.listen(0);
  return {
    baseUrl,
    prisma,
    stop: () => server.stop(),
  };
}

/** Starts the API over the shared seeded database, which tests only read. */
export async function startApiOnSeededDatabase(): Promise<TestApi> {
  const prisma = createPrismaClient(inject('seededDatabaseUrl'));
  const api = await startApi(prisma);
  return {
    ...api,
    stop: async () => {
      await api.stop();
      await prisma.$disconnect();
    },
  };
}
