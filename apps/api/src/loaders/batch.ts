import DataLoader from 'dataloader';

/** Results in the order DataLoader asked for them: the row with each key, or null. */
export function alignByKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
): (R | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Results in the order DataLoader asked for them: every row with each key (possibly none). */
export function groupByKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Loaders of one kind of catalogue entry (regions, indicators) by id and by code, read from the
 * catalogue kept in memory, and `prime`, which makes entries read by other queries available to
 * both without another query.
 */
export function createCatalogueEntryLoaders<T extends { id: number; code: string }>(
  read: () => Promise<{ byId: ReadonlyMap<number, T>; byCode: ReadonlyMap<string, T> }>,
) {
  const byId = new DataLoader<number, T | null>(async (ids) => {
    const entries = (await read()).byId;
    return ids.map((id) => entries.get(id) ?? null);
  });
  const byCode = new DataLoader<string, T | null>(async (codes) => {
    const entries = (await read()).byCode;
    return codes.map((code) => entries.get(code) ?? null);
  });
  const prime = (entries: T[]): T[] => {
    for (const entry of entries) {
      byId.prime(entry.id, entry);
      byCode.prime(entry.code, entry);
    }
    return entries;
  };
  return { byId, byCode, prime };
}
