/**
 * Orders items by value, best first (largest unless less is better), and gives each a
 * competition rank: equal values share a rank and the next rank skips (1, 2, 2, 4).
 */
export function rankValues<T extends { value: number }>(
  items: T[],
  higherIsBetter: boolean | null,
  tieBreak: (a: T, b: T) => number,
): (T & { rank: number })[] {
  const direction = higherIsBetter === false ? 1 : -1;
  const sorted = [...items].sort((a, b) => direction * (a.value - b.value) || tieBreak(a, b));
  return sorted.map((item, index) => {
    let first = index;
    while (first > 0 && sorted[first - 1]!.value === item.value) first--;
    return { ...item, rank: first + 1 };
  });
}
