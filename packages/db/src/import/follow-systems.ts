import type { Top500System } from '@atlas/importers';

/** An entry already stored, with what its system is known by. */
export interface StoredEntry {
  rank: number;
  systemId: number;
  site: string;
  rmaxTflops: number;
  computer: string | null;
  name: string | null;
  top500Id: string | null;
}

export interface KnownSystems {
  /** The entries of the list being written, when it was written before. */
  sameList: readonly StoredEntry[];
  /** The latest list stored before this one, and its entries. */
  previous: { list: string; entries: readonly StoredEntry[] } | null;
  /** Stored systems by TOP500's own id. */
  byTop500Id: ReadonlyMap<string, number>;
}

export interface FollowedRow {
  system: Top500System;
  /** The stored system the row belongs to, or null for a system new to the atlas. */
  systemId: number | null;
}

/**
 * Finds, for each row of a list, the system it continues. TOP500 gives its own system id only
 * from November 2017 on and the previous rank from June 2012 on, so a row is followed by, in
 * order: its rank on this list when the list is written again; TOP500's id; its previous rank,
 * when the previous stored list is the edition just before; the same site, computer and Rmax
 * on the previous list (a system not upgraded between lists); the same site and name. Each
 * stored system is claimed at most once, and a system known under another TOP500 id is never
 * taken for this one.
 */
export function followSystems(
  period: string,
  systems: readonly Top500System[],
  known: KnownSystems,
): FollowedRow[] {
  const sameList = new Map(known.sameList.map((entry) => [entry.rank, entry.systemId]));
  const previousEntries = known.previous?.entries ?? [];
  const byPreviousRank =
    known.previous && isEditionBefore(known.previous.list, period)
      ? new Map(previousEntries.map((entry) => [entry.rank, entry]))
      : new Map<number, StoredEntry>();
  const byMachine = indexBy(previousEntries, (entry) =>
    machineKey(entry.site, entry.computer, entry.rmaxTflops),
  );
  const byName = indexBy(previousEntries, (entry) => nameKey(entry.site, entry.name));
  const claimed = new Set<number>();

  const take = (system: Top500System, entry: StoredEntry | undefined): number | null => {
    if (!entry || claimed.has(entry.systemId)) return null;
    if (system.systemId && entry.top500Id && entry.top500Id !== system.systemId) return null;
    return entry.systemId;
  };
  return [...systems]
    .sort((a, b) => a.rank - b.rank)
    .map((system) => {
      const systemId =
        sameList.get(system.rank) ??
        (system.systemId ? known.byTop500Id.get(system.systemId) : undefined) ??
        take(system, byPreviousRank.get(system.previousRank ?? -1)) ??
        take(system, byMachine.get(machineKey(system.site, system.computer, system.rmaxTflops))) ??
        take(system, byName.get(nameKey(system.site, system.name))) ??
        null;
      if (systemId !== null) claimed.add(systemId);
      return { system, systemId };
    });
}

/** True when `earlier` is the edition just before `list` (June and November each year). */
export function isEditionBefore(earlier: string, list: string): boolean {
  const [year, month] = list.split('-').map(Number) as [number, number];
  return earlier === (month === 11 ? `${year}-06` : `${year - 1}-11`);
}

const machineKey = (site: string, computer: string | null, rmax: number) =>
  computer === null ? null : `${site}|${computer}|${rmax.toFixed(3)}`;
const nameKey = (site: string, name: string | null) => (name === null ? null : `${site}|${name}`);

/** The entries by key; a key two entries share identifies neither, so it is left out. */
function indexBy(
  entries: readonly StoredEntry[],
  keyOf: (entry: StoredEntry) => string | null,
): Map<string | null, StoredEntry> {
  const index = new Map<string | null, StoredEntry>();
  const shared = new Set<string>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (key === null) continue;
    if (index.has(key)) shared.add(key);
    else index.set(key, entry);
  }
  for (const key of shared) index.delete(key);
  return index;
}
