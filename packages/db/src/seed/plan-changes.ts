/** What a seed step did to one table. */
export interface SyncCount {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ChangePlan<Data, Row> {
  toCreate: Data[];
  toUpdate: { row: Row; data: Data }[];
  unchanged: number;
}

/**
 * Compares the records the seed wants with the rows already stored, column by column over the
 * columns the seed sets, so rows already as wanted are not written (and keep their updatedAt).
 */
export function planChanges<Data extends object, Row extends Record<keyof Data, unknown>>(
  desired: readonly Data[],
  existing: readonly Row[],
  keyOf: (record: NoInfer<Data> | NoInfer<Row>) => string,
): ChangePlan<Data, Row> {
  const stored = new Map(existing.map((row) => [keyOf(row), row]));
  const plan: ChangePlan<Data, Row> = { toCreate: [], toUpdate: [], unchanged: 0 };
  for (const data of desired) {
    const row = stored.get(keyOf(data));
    if (!row) plan.toCreate.push(data);
    else if (differs(data, row)) plan.toUpdate.push({ row, data });
    else plan.unchanged += 1;
  }
  return plan;
}

export function countOf(plan: ChangePlan<unknown, unknown>): SyncCount {
  return {
    created: plan.toCreate.length,
    updated: plan.toUpdate.length,
    unchanged: plan.unchanged,
  };
}

function differs<Data extends object>(data: Data, row: Record<keyof Data, unknown>): boolean {
  return (Object.keys(data) as (keyof Data)[]).some(
    (column) => !sameValue(data[column], row[column]),
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
