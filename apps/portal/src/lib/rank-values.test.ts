import { describe, expect, it } from 'vitest';
import { rankValues } from './rank-values';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe('rankValues', () => {
  it('puts the largest first and shares ranks between equal values', () => {
    const ranked = rankValues(
      [
        { name: 'c', value: 5 },
        { name: 'a', value: 9 },
        { name: 'd', value: 1 },
        { name: 'b', value: 5 },
      ],
      true,
      byName,
    );
    expect(ranked.map((item) => [item.name, item.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('puts the smallest first when less is better', () => {
    const ranked = rankValues(
      [
        { name: 'x', value: 1.6 },
        { name: 'y', value: 1.2 },
      ],
      false,
      byName,
    );
    expect(ranked.map((item) => item.name)).toEqual(['y', 'x']);
  });
});
