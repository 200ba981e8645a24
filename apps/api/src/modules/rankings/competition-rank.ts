export type RankOrder = 'ASCENDING' | 'DESCENDING';

export interface Ranked<T> {
  rank: number;
  item: T;
}

/**
 * Standard competition ranking ("1224"): equal values share a rank and the next
 * rank skips by the number of ties. Items with equal values keep their input order.
 */
export function competitionRank<T>(
  items: readonly T[],
  valueOf: (item: T) => number,
  order: RankOrder,
): Ranked<T>[] {
  const direction = order === 'DESCENDING' ? -1 : 1;
  const sorted = [...items].sort((a, b) => direction * (valueOf(a) - valueOf(b)));
  let rank = 0;
  return sorted.map((item, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || valueOf(previous) !== valueOf(item)) rank = index + 1;
    return { rank, item };
  });
}
