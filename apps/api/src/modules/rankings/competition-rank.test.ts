import { describe, expect, it } from 'vitest';
import { competitionRank } from './competition-rank.js';

const ranksOf = (values: number[], order: 'ASCENDING' | 'DESCENDING') =>
  competitionRank(values, (value) => value, order).map(({ rank, item }) => [rank, item]);

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
});
