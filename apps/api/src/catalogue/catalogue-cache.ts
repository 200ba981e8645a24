import type { Indicator, PrismaClient, Region, RegionKind, Source } from '@atlas/db';

/** Every indicator, region and source by id and code: small tables that most requests read. */
export interface Catalogue {
  indicatorsById: ReadonlyMap<number, Indicator>;
  indicatorsByCode: ReadonlyMap<string, Indicator>;
  regionsById: ReadonlyMap<number, Region>;
  regionsByCode: ReadonlyMap<string, Region>;
  /** Every region in name order, as the database sorts names. */
  regionsByName: readonly Region[];
  sourcesById: ReadonlyMap<number, Source>;
}

export interface CatalogueCache {
  get(): Promise<Catalogue>;
}

/** How long a replica may serve a catalogue that another replica changed, without Redis. */
export const catalogueMaxAgeMs = 60_000;

/**
 * Keeps the catalogue in memory for every request, so that resolving codes and names costs no
 * query. It is read again once the data version moves (every edit announced on the change bus,
 * which also empties the response cache) or after `maxAgeMs`.
 */
export function createCatalogueCache(
  prisma: PrismaClient,
  dataVersion: () => number,
  maxAgeMs = catalogueMaxAgeMs,
): CatalogueCache {
  let cached: { version: number; loadedAt: number; catalogue: Promise<Catalogue> } | undefined;
  return {
    get() {
      const version = dataVersion();
      const now = Date.now();
      if (!cached || cached.version !== version || now - cached.loadedAt > maxAgeMs) {
        const catalogue = loadCatalogue(prisma);
        cached = { version, loadedAt: now, catalogue };
        // A failed read (the database is down) is not kept: the next request tries again.
        catalogue.catch(() => {
          if (cached?.catalogue === catalogue) cached = undefined;
        });
      }
      return cached.catalogue;
    },
  };
}

async function loadCatalogue(prisma: PrismaClient): Promise<Catalogue> {
  const [indicators, regions, sources] = await Promise.all([
    prisma.indicator.findMany(),
    prisma.region.findMany({ orderBy: { name: 'asc' } }),
    prisma.source.findMany(),
  ]);
  return {
    indicatorsById: new Map(indicators.map((row) => [row.id, row])),
    indicatorsByCode: new Map(indicators.map((row) => [row.code, row])),
    regionsById: new Map(regions.map((row) => [row.id, row])),
    regionsByCode: new Map(regions.map((row) => [row.code, row])),
    regionsByName: regions,
    sourcesById: new Map(sources.map((row) => [row.id, row])),
  };
}

/** The regions of the given kinds, in name order. */
export function regionsOfKinds(catalogue: Catalogue, kinds: readonly RegionKind[]): Region[] {
  return catalogue.regionsByName.filter((region) => kinds.includes(region.kind));
}
