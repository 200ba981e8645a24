import { describe, expect, it } from 'vitest';
import { groupByLetter } from './group-by-letter';

describe('groupByLetter', () => {
  it('groups under the upper-case first letter, keeping the order', () => {
    expect(
      groupByLetter(['accelerator', 'Colocation', 'core', 'exaflops'], (word) => word),
    ).toEqual([
      ['A', ['accelerator']],
      ['C', ['Colocation', 'core']],
      ['E', ['exaflops']],
    ]);
    expect(groupByLetter([], (word: string) => word)).toEqual([]);
  });
});
