import type { PrismaClient, Region } from '@atlas/db';
import type { Catalogue } from '../../catalogue/catalogue-cache.js';
import {
  computeComputingPowerIndex,
  defaultIndexRequest,
} from '../computing-power-index/index-service.js';
import type { ObservationRow } from '../observations/observation-row.js';
import { findLatestObservations } from '../observations/observation-store.js';

/** How many peers a comparison shows at most. */
export const maxPeers = 5;

export interface RegionComparisonRow {
  peers: Region[];
  latest: ObservationRow[];
}

/** The region's neighbours in the index with the default weights, or the two leaders when it is not ranked. */
async function indexNeighbours(
  prisma: PrismaClient,
  catalogue: Catalogue,
  region: Region,
): Promise<Region[]> {
  const { index } = await computeComputingPowerIndex(prisma, catalogue, defaultIndexRequest);
  const position = index.entries.findIndex((entry) => entry.region.id === region.id);
  const around =
    position >= 0
      ? [index.entries[position - 1], index.entries[position + 1]]
      : index.entries.slice(0, 2);
  return around.flatMap((entry) => (entry ? [entry.region] : []));
}

/** The peers asked for (or the region's neighbours in the index) and everyone's latest values. */
export async function regionComparison(
  prisma: PrismaClient,
  catalogue: Catalogue,
  region: Region,
  requested: readonly string[],
): Promise<RegionComparisonRow> {
  const chosen = [...new Set(requested)]
    .flatMap((code) => {
      const peer = catalogue.regionsByCode.get(code);
      return peer && peer.kind === 'COUNTRY' && peer.id !== region.id ? [peer] : [];
    })
    .slice(0, maxPeers);
  const peers = chosen.length > 0 ? chosen : await indexNeighbours(prisma, catalogue, region);
  const measured = await prisma.observation.findMany({
    where: { regionId: region.id },
    distinct: ['indicatorId'],
    select: { indicatorId: true },
  });
  const latest =
    measured.length === 0
      ? []
      : await findLatestObservations(
          prisma,
          measured.map((row) => row.indicatorId),
          [region, ...peers].map((item) => item.id),
          { includeProjections: false },
        );
  return { peers, latest };
}
