import type { PrismaClient } from '@atlas/db';
import type { Viewer } from './modules/auth/viewer.js';
import type { EditorialServices } from './modules/studio/editorial-services.js';
import { createLoaders, type Loaders } from './modules/index.js';

export type { Viewer };

/** What every resolver receives; built fresh for each request so loaders never share caches. */
export interface Context {
  prisma: PrismaClient;
  viewer: Viewer | null;
  loaders: Loaders;
  /** The services behind every mutation; they check the viewer's rights themselves. */
  editorial: EditorialServices;
}

export function createContext(
  prisma: PrismaClient,
  viewer: Viewer | null,
  editorial: EditorialServices,
): Context {
  return { prisma, viewer, loaders: createLoaders(prisma), editorial };
}
