import type { PrismaClient } from '@atlas/db';
import { createLoaders, type Loaders } from './modules/index.js';

/** A signed-in person; null in the context for anonymous requests. */
export interface Viewer {
  userId: number;
  role: 'EDITOR' | 'ADMIN';
}

/** What every resolver receives; built fresh for each request so loaders never share caches. */
export interface Context {
  prisma: PrismaClient;
  viewer: Viewer | null;
  loaders: Loaders;
}

export function createContext(prisma: PrismaClient, viewer: Viewer | null): Context {
  return { prisma, viewer, loaders: createLoaders(prisma) };
}
