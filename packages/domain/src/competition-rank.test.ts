import { describe, expect, it } from 'vitest';
import { competitionRank, rankOrderOf } from './competition-rank.ts';

const ranksOf = (values: number[], order: 'ASCENDING' | 'DESCENDING') =>
  competitionRank(values, (value) => value, order).map(({ rank, item }) => [rank, item]);

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe('competitionRank', () => {
  it('shares a rank between equal values and skips the ranks they take', () => {
    expect(ranksOf([5, 9, 7, 9, 1], 'DESCENDING')).toEqual([
      [1, 9],
      [1, 9],
      [3, 7],
      [4, 5],
      [5, 1],
    ]);
  });

  it('ranks the smallest value first in ascending order', () => {
    expect(ranksOf([1.5, 1.2, 1.2], 'ASCENDING')).toEqual([
      [1, 1.2],
      [1, 1.2],
      [3, 1.5],
    ]);
  });

  it('ranks nothing when there is nothing', () => {
    expect(ranksOf([], 'DESCENDING')).toEqual([]);
  });

  it('keeps the input order of ties without a tie-break', () => {
    const ranked = competitionRank(
      [
        { name: 'c', value: 5 },
        { name: 'a', value: 5 },
      ],
      (item) => item.value,
      'DESCENDING',
    );
    expect(ranked.map(({ item }) => item.name)).toEqual(['c', 'a']);
  });

  it('orders ties by the tie-break, sharing their rank', () => {
    const ranked = competitionRank(
      [
        { name: 'c', value: 5 },
        { name: 'a', value: 9 },
        { name: 'd', value: 1 },
        { name: 'b', value: 5 },
      ],
      (item) => item.value,
      'DESCENDING',
      byName,
    );
    expect(ranked.map(({ rank, item }) => [item.name, rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
});

describe('rankOrderOf', () => {
  it('puts the largest first unless less is better', () => {
    expect(rankOrderOf({ higherIsBetter: true })).toBe('DESCENDING');
    expect(rankOrderOf({ higherIsBetter: null })).toBe('DESCENDING');
    expect(rankOrderOf({ higherIsBetter: false })).toBe('ASCENDING');
  });
});
