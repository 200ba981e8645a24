import type { PrismaClient, Region } from '@atlas/db';
import { findObservationsInRange } from '../observations/observation-store.js';
import type { SeriesRow } from '../observations/series-row.js';

/** The stored values of every indicator the region has any for, in pillar order, then by name. */
export async function regionSeries(prisma: PrismaClient, region: Region): Promise<SeriesRow[]> {
  const indicators = await prisma.indicator.findMany({
    orderBy: [{ pillar: { position: 'asc' } }, { name: 'asc' }],
  });
  const rows = await findObservationsInRange(
    prisma,
    indicators.map((indicator) => indicator.id),
    [region.id],
    {},
  );
  return indicators.flatMap((indicator) => {
    const points = rows.filter((row) => row.indicatorId === indicator.id);
    return points.length > 0 ? [{ indicator, region, points, history: points }] : [];
  });
}
