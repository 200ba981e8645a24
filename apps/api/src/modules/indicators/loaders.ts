import DataLoader from 'dataloader';
import {
  Prisma,
  type Indicator,
  type Pillar,
  type PrismaClient,
  type Region,
  type Source,
} from '@atlas/db';
import type { CatalogueCache } from '../../catalogue/catalogue-cache.js';
import { alignByKey, createCatalogueEntryLoaders, groupByKey } from '../../loaders/batch.js';

// The Region model's columns by name: the table also holds a search document Prisma cannot read.
const regionColumns = Prisma.join(
  Object.values(Prisma.RegionScalarFieldEnum).map((column) => Prisma.raw(`r."${column}"`)),
);

/** What an indicator's observations cover, and when the latest of them changed. */
export interface ObservationSummary {
  regionCount: number;
  countryCount: number;
  periodCount: number;
  firstPeriod: string | null;
  lastPeriod: string | null;
  /** Null when the indicator has no observation. */
  valuesUpdatedAt: Date | null;
}

const emptySummary: ObservationSummary = {
  regionCount: 0,
  countryCount: 0,
  periodCount: 0,
  firstPeriod: null,
  lastPeriod: null,
  valuesUpdatedAt: null,
};

export function createIndicatorLoaders(prisma: PrismaClient, catalogue: CatalogueCache) {
  const { byId, byCode, prime } = createCatalogueEntryLoaders(async () => {
    const { indicatorsById, indicatorsByCode } = await catalogue.get();
    return { byId: indicatorsById, byCode: indicatorsByCode };
  });

  const byPillarId = new DataLoader<number, Indicator[]>(async (pillarIds) => {
    const rows = await prisma.indicator.findMany({
      where: { pillarId: { in: [...pillarIds] } },
      orderBy: { name: 'asc' },
    });
    return groupByKey(pillarIds, prime(rows), (row) => row.pillarId);
  });

  const pillarById = new DataLoader<number, Pillar | null>(async (ids) => {
    const rows = await prisma.pillar.findMany({ where: { id: { in: [...ids] } } });
    return alignByKey(ids, rows, (row) => row.id);
  });

  // Sources already read in this request, for answering without a promise (see sourceOf).
  const loadedSources = new Map<number, Source | null>();
  const sourceById = new DataLoader<number, Source | null>(async (ids) => {
    const { sourcesById } = await catalogue.get();
    const sources = ids.map((id) => sourcesById.get(id) ?? null);
    ids.forEach((id, index) => loadedSources.set(id, sources[index]!));
    return sources;
  });

  /**
   * The source itself once it has been loaded, else the promise of it. A series of thousands of
   * points whose sources were loaded up front (`sourceById.loadMany`) then resolves each
   * point's source without one promise per point.
   */
  const sourceOf = (id: number): Source | null | Promise<Source | null> =>
    loadedSources.has(id) ? loadedSources.get(id)! : sourceById.load(id);

  const sourcesByIndicatorId = new DataLoader<number, Source[]>(async (indicatorIds) => {
    const rows = await prisma.indicatorSource.findMany({
      where: { indicatorId: { in: [...indicatorIds] } },
      include: { source: true },
      orderBy: { source: { title: 'asc' } },
    });
    rows.forEach((row) => sourceById.prime(row.source.id, row.source));
    return groupByKey(indicatorIds, rows, (row) => row.indicatorId).map((group) =>
      group.map((row) => row.source),
    );
  });

  const sourceByKey = new DataLoader<string, Source | null>(async (keys) => {
    const rows = await prisma.source.findMany({ where: { key: { in: [...keys] } } });
    rows.forEach((row) => sourceById.prime(row.id, row));
    return alignByKey(keys, rows, (row) => row.key);
  });

  const indicatorsBySourceId = new DataLoader<number, Indicator[]>(async (sourceIds) => {
    const rows = await prisma.indicatorSource.findMany({
      where: { sourceId: { in: [...sourceIds] } },
      include: { indicator: true },
      orderBy: { indicator: { name: 'asc' } },
    });
    prime(rows.map((row) => row.indicator));
    return groupByKey(sourceIds, rows, (row) => row.sourceId).map((group) =>
      group.map((row) => row.indicator),
    );
  });

  const regionsByIndicatorId = new DataLoader<number, Region[]>(async (indicatorIds) => {
    const rows = await prisma.$queryRaw<(Region & { indicatorId: number })[]>(Prisma.sql`
      SELECT DISTINCT o."indicatorId", ${regionColumns}
      FROM "Observation" o JOIN "Region" r ON r.id = o."regionId"
      WHERE o."indicatorId" = ANY(${[...indicatorIds]})
      ORDER BY r.name, r.id`);
    return groupByKey(indicatorIds, rows, (row) => row.indicatorId).map((group) =>
      group.map(({ indicatorId: _indicatorId, ...region }) => region),
    );
  });

  const periodsByIndicatorId = new DataLoader<number, string[]>(async (indicatorIds) => {
    const rows = await prisma.observation.groupBy({
      by: ['indicatorId', 'periodStart', 'period'],
      where: { indicatorId: { in: [...indicatorIds] } },
      orderBy: [{ periodStart: 'asc' }, { period: 'asc' }],
    });
    return groupByKey(indicatorIds, rows, (row) => row.indicatorId).map((group) =>
      group.map((row) => row.period),
    );
  });

  // Coverage and the latest change of each indicator's values in one aggregate over its observations.
  const observationSummaryByIndicatorId = new DataLoader<number, ObservationSummary>(
    async (indicatorIds) => {
      const rows = await prisma.$queryRaw<(ObservationSummary & { indicatorId: number })[]>(
        Prisma.sql`
        SELECT o."indicatorId",
          count(DISTINCT o."regionId")::int AS "regionCount",
          (count(DISTINCT o."regionId") FILTER (WHERE r.kind = 'COUNTRY'))::int AS "countryCount",
          count(DISTINCT o.period)::int AS "periodCount",
          (array_agg(o.period ORDER BY o."periodStart", o.period))[1] AS "firstPeriod",
          (array_agg(o.period ORDER BY o."periodStart" DESC, o.period DESC))[1] AS "lastPeriod",
          max(o."updatedAt") AS "valuesUpdatedAt"
        FROM "Observation" o JOIN "Region" r ON r.id = o."regionId"
        WHERE o."indicatorId" = ANY(${[...indicatorIds]})
        GROUP BY o."indicatorId"`,
      );
      return alignByKey(indicatorIds, rows, (row) => row.indicatorId).map(
        (row) => row ?? emptySummary,
      );
    },
  );

  return {
    byId,
    byCode,
    prime,
    byPillarId,
    pillarById,
    sourceById,
    sourceOf,
    sourceByKey,
    sourcesByIndicatorId,
    indicatorsBySourceId,
    regionsByIndicatorId,
    periodsByIndicatorId,
    observationSummaryByIndicatorId,
  };
}

export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;
