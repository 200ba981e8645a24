/** Items grouped under the upper-case first letter of their name, in the items' order. */
export function groupByLetter<T>(items: readonly T[], name: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = name(item).charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups];
}
