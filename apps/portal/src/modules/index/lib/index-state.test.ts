import { describe, expect, it } from 'vitest';
import { parseIndexState } from './index-state';

describe('parseIndexState', () => {
  it('reads pillar weights, normalisation and year', () => {
    expect(
      parseIndexState({
        'w.capacity': '2',
        'w.applications': '0',
        normalisation: 'Z_SCORE',
        period: '2023',
      }),
    ).toEqual({
      pillarWeights: { capacity: 2, applications: 0 },
      normalisation: 'Z_SCORE',
      period: '2023',
    });
  });

  it('ignores weights that are not numbers from 0 to 10 and unknown settings', () => {
    expect(
      parseIndexState({
        'w.capacity': '-1',
        'w.technology': 'x',
        'w.industry': '',
        'w.Bad-Name': '1',
        normalisation: 'RANK',
      }),
    ).toEqual({ pillarWeights: {}, normalisation: 'MIN_MAX', period: undefined });
  });
});
