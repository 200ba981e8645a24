/** Which values rank first: the largest (DESCENDING) or the smallest (ASCENDING). */
export type RankOrder = 'ASCENDING' | 'DESCENDING';

export interface Ranked<T> {
  rank: number;
  item: T;
}

/** Less-is-better indicators rank ascending; the rest (including undirected ones) descending. */
export function rankOrderOf(indicator: { higherIsBetter: boolean | null }): RankOrder {
  return indicator.higherIsBetter === false ? 'ASCENDING' : 'DESCENDING';
}

/**
 * Standard competition ranking ("1224"): equal values share a rank and the next
 * rank skips by the number of ties. Items with equal values are ordered by `tieBreak`,
 * or keep their input order without one.
 */
export function competitionRank<T>(
  items: readonly T[],
  valueOf: (item: T) => number,
  order: RankOrder,
  tieBreak: (a: T, b: T) => number = () => 0,
): Ranked<T>[] {
  const direction = order === 'DESCENDING' ? -1 : 1;
  const sorted = [...items].sort((a, b) => direction * (valueOf(a) - valueOf(b)) || tieBreak(a, b));
  let rank = 0;
  return sorted.map((item, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || valueOf(previous) !== valueOf(item)) rank = index + 1;
    return { rank, item };
  });
}
