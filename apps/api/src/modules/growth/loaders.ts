import DataLoader from 'dataloader';
import type { PrismaClient } from '@atlas/db';

/** One indicator × region × period, the key of at most one stored observation. */
export interface ObservationKey {
  indicatorId: number;
  regionId: number;
  period: string;
}

const keyText = ({ indicatorId, regionId, period }: ObservationKey) =>
  `${indicatorId}:${regionId}@${period}`;

export function createGrowthLoaders(prisma: PrismaClient) {
  /** The stored value of each indicator × region × period, or null; one statement per batch. */
  const storedValue = new DataLoader<ObservationKey, number | null, string>(
    async (keys) => {
      const rows = await prisma.observation.findMany({
        where: {
          OR: keys.map(({ indicatorId, regionId, period }) => ({ indicatorId, regionId, period })),
        },
        select: { indicatorId: true, regionId: true, period: true, value: true },
      });
      const valueByKey = new Map(rows.map((row) => [keyText(row), row.value]));
      return keys.map((key) => valueByKey.get(keyText(key)) ?? null);
    },
    { cacheKeyFn: keyText },
  );
  return { storedValue };
}

export type GrowthLoaders = ReturnType<typeof createGrowthLoaders>;
