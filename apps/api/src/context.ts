import type { PrismaClient } from '@atlas/db';
import type { CatalogueCache } from './catalogue/catalogue-cache.js';
import type { ChangeBus } from './changes/change-bus.js';
import { createLoaders, type Loaders } from './loaders/request-loaders.js';
import type { Viewer } from './modules/auth/viewer.js';
import type { Services } from './services.js';

/** What every resolver receives; built fresh for each request so loaders never share caches. */
export interface Context {
  prisma: PrismaClient;
  viewer: Viewer | null;
  loaders: Loaders;
  /** The services behind sign-in and every mutation; they check the viewer's rights themselves. */
  services: Services;
  /** Announcements of changed data, for subscriptions. */
  changes: ChangeBus;
  /** Indicators, regions and sources kept in memory between requests. */
  catalogue: CatalogueCache;
}

export function createContext(parts: Omit<Context, 'loaders'>): Context {
  return { ...parts, loaders: createLoaders(parts.prisma, parts.catalogue) };
}
