import type DataLoader from 'dataloader';

// Foreign keys guarantee these rows exist; a miss means the row was deleted mid-request.
function missing(what: string, key: unknown): Error {
  return new Error(`${what} ${String(key)} referenced by another row does not exist`);
}

/** Loads a row that a foreign key points at. */
export async function loadExisting<K, V>(
  loader: DataLoader<K, V | null>,
  key: K,
  what: string,
): Promise<V> {
  const row = await loader.load(key);
  if (row === null) throw missing(what, key);
  return row;
}
