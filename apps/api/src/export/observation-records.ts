import type { Prisma, PrismaClient } from '@atlas/db';
import {
  encodeCursor,
  findObservationPage,
  maxObservationPageSize,
} from '../modules/observations/observation-page.js';

/** The columns of an export, in order: the observation, then where its value comes from. */
export const exportColumns = [
  'indicator_code',
  'indicator_name',
  'unit',
  'region_code',
  'region_name',
  'period',
  'period_start',
  'value',
  'status',
  'note',
  'source_key',
  'source_title',
  'source_publisher',
  'source_year',
  'source_url',
] as const;

export type ExportRecord = Record<(typeof exportColumns)[number], string | number | null>;

/**
 * The selected observations as export records, a page at a time in the stable order of the
 * `observations` query, so that memory stays flat however many rows the export holds.
 */
export async function* observationRecords(
  prisma: PrismaClient,
  where: Prisma.ObservationWhereInput,
): AsyncGenerator<ExportRecord[]> {
  const [indicators, regions, sources] = await Promise.all([
    prisma.indicator.findMany({ select: { id: true, code: true, name: true, unit: true } }),
    prisma.region.findMany({ select: { id: true, code: true, name: true } }),
    prisma.source.findMany({
      select: { id: true, key: true, title: true, publisher: true, year: true, url: true },
    }),
  ]);
  const indicatorById = new Map(indicators.map((row) => [row.id, row]));
  const regionById = new Map(regions.map((row) => [row.id, row]));
  const sourceById = new Map(sources.map((row) => [row.id, row]));

  let after: string | null = null;
  do {
    const page = await findObservationPage(prisma, where, maxObservationPageSize, after);
    yield page.rows.map((row) => {
      const indicator = indicatorById.get(row.indicatorId);
      const region = regionById.get(row.regionId);
      const source = row.sourceId === null ? undefined : sourceById.get(row.sourceId);
      return {
        indicator_code: indicator?.code ?? null,
        indicator_name: indicator?.name ?? null,
        unit: indicator?.unit ?? null,
        region_code: region?.code ?? null,
        region_name: region?.name ?? null,
        period: row.period,
        period_start: row.periodStart.toISOString().slice(0, 10),
        value: row.value,
        status: row.status,
        note: row.note,
        source_key: source?.key ?? null,
        source_title: source?.title ?? null,
        source_publisher: source?.publisher ?? null,
        source_year: source?.year ?? null,
        source_url: source?.url ?? null,
      };
    });
    const last = page.rows.at(-1);
    after = page.hasNextPage && last ? encodeCursor(last) : null;
  } while (after !== null);
}
