import 'server-only';
import { getRegion, listPillars, listRegions } from '@/lib/api/catalogue';
import { getComputingPowerIndex } from '@/lib/api/computing-power-index';
import { getLatest, getSeries } from '@/lib/api/observations';

export const maxPeers = 5;

/**
 * Everything a region's profile shows: its place in the index, each indicator it has values
 * for with the whole series, and the latest values of the chosen peers for comparison.
 * Without a choice, the peers are its neighbours in the index ranking, or the leaders when it is not ranked.
 */
export async function loadRegionProfile(code: string, requestedPeers: string[]) {
  const region = await getRegion(code);
  if (!region) return null;
  const [pillars, index, countries] = await Promise.all([
    listPillars(),
    getComputingPowerIndex(),
    listRegions('COUNTRY'),
  ]);
  const indicators = pillars.flatMap((pillar) => pillar.indicators);
  const series = (
    await getSeries(
      indicators.map((indicator) => indicator.code),
      [region.code],
    )
  ).filter((item) => item.points.length > 0);

  const position = index.entries.findIndex((entry) => entry.region.code === region.code);
  const entry = index.entries[position];
  const countryCodes = new Set(countries.map((country) => country.code));
  const chosen = requestedPeers
    .filter((peer) => peer !== region.code && countryCodes.has(peer))
    .slice(0, maxPeers);
  // Its neighbours in the ranking, or the leaders when it is not ranked.
  const around =
    position >= 0
      ? [index.entries[position - 1], index.entries[position + 1]]
      : index.entries.slice(0, 2);
  const neighbours = around
    .filter((neighbour) => neighbour !== undefined)
    .map((neighbour) => neighbour.region.code);
  const peers = chosen.length > 0 ? chosen : neighbours;

  const comparedCodes = series.map((item) => item.indicator.code);
  const latest =
    comparedCodes.length > 0 ? await getLatest(comparedCodes, [region.code, ...peers]) : [];

  return {
    region,
    pillars,
    index: {
      period: index.period,
      entry,
      rankedCount: index.entries.length,
      exclusion: index.excluded.find((excluded) => excluded.region.code === region.code),
      weights: index.weights,
    },
    series,
    peers: peers.map((peer) => countries.find((country) => country.code === peer)!),
    countries: countries.filter((country) => country.code !== region.code),
    latest,
  };
}

export type RegionProfile = NonNullable<Awaited<ReturnType<typeof loadRegionProfile>>>;
