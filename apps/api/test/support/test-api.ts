import { createPrismaClient, type PrismaClient } from '@atlas/db';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, inject } from 'vitest';
import type { QueryLimits } from '../../src/limits/query-limits.js';
import { createApiServer, type ApiServerOptions } from '../../src/server.js';

export interface TestApi {
  baseUrl: URL;
  prisma: PrismaClient;
  stop(): Promise<void>;
}

/** Starts the API on a free port over the given client, with the default limits unless given. */
export async function startApi(
  prisma: PrismaClient,
  limits?: Partial<QueryLimits>,
  redis?: Redis,
  options: Pick<ApiServerOptions, 'trustProxy' | 'portalSecret' | 'portalOrigin'> = {},
): Promise<TestApi> {
  const server = await createApiServer({ prisma, limits, redis, ...options });
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

/**
 * Starts an API before a file's (or a describe block's) tests and stops it after them. Call it at
 * the top; the handle reads the API that `beforeAll` started. Hooks registered before it (e.g.
 * `useTestDatabase`) run before `start`, and their `afterAll` after the API stopped.
 */
export function useApi(start: () => Promise<TestApi>): TestApi {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await start();
  });
  afterAll(() => api?.stop());
  const running = (): TestApi => {
    if (!api) throw new Error('the API starts in beforeAll: use it inside tests and hooks');
    return api;
  };
  return {
    get baseUrl() {
      return running().baseUrl;
    },
    get prisma() {
      return running().prisma;
    },
    stop: () => running().stop(),
  };
}

/** `useApi` over the shared seeded database, which tests only read. */
export function useApiOnSeededDatabase(): TestApi {
  return useApi(startApiOnSeededDatabase);
}
