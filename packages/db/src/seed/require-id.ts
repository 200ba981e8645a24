/** The stored id for `code`; a missing one is a bug in the seed's order of steps. */
export function requireId(ids: ReadonlyMap<string, number>, code: string, kind: string): number {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`${kind} ${code} is referenced before it is stored`);
  return id;
}
