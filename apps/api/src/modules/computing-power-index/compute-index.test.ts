import { describe, expect, it } from 'vitest';
import { computeIndex, type IndexInput } from './compute-index.js';

// Two pillars (weights 3 and 1); pillar 1 has indicators 10 (weight 1) and 11 (weight 1, less is
// better); pillar 2 has indicator 20. Regions 1–3.
function input(
  values: Record<number, Record<number, number>>,
  normalisation: IndexInput['normalisation'] = 'MIN_MAX',
): IndexInput {
  return {
    pillars: [
      { pillarId: 1, weight: 3 },
      { pillarId: 2, weight: 1 },
    ],
    indicators: [
      { indicatorId: 10, pillarId: 1, weight: 1, higherIsBetter: true },
      { indicatorId: 11, pillarId: 1, weight: 1, higherIsBetter: false },
      { indicatorId: 20, pillarId: 2, weight: 1, higherIsBetter: true },
    ],
    values: new Map(
      Object.entries(values).map(([indicatorId, byRegion]) => [
        Number(indicatorId),
        new Map(Object.entries(byRegion).map(([regionId, value]) => [Number(regionId), value])),
      ]),
    ),
    regionIds: [1, 2, 3],
    normalisation,
  };
}

describe('computeIndex', () => {
  it('normalises min-max with direction and weights indicators within and across pillars', () => {
    const scores = computeIndex(
      input({
        10: { 1: 100, 2: 50, 3: 0 },
        11: { 1: 1.1, 2: 1.5, 3: 1.9 },
        20: { 1: 0, 2: 10, 3: 20 },
      }),
    );
    const byRegion = new Map(scores.map((score) => [score.regionId, score]));
    // Region 1: pillar 1 = (100 + 100) / 2 = 100, pillar 2 = 0 → (3 × 100 + 1 × 0) / 4 = 75.
    expect(byRegion.get(1)!.score).toBeCloseTo(75);
    // Region 2: pillar 1 = (50 + 50) / 2, pillar 2 = 50 → 50.
    expect(byRegion.get(2)!.score).toBeCloseTo(50);
    // Region 3: pillar 1 = 0, pillar 2 = 100 → 25.
    expect(byRegion.get(3)!.score).toBeCloseTo(25);
    for (const score of scores) {
      expect(score.coverage).toBe(1);
      const sum = score.indicators.reduce((total, indicator) => total + indicator.contribution, 0);
      expect(sum).toBeCloseTo(score.score);
      expect(score.pillars.reduce((total, pillar) => total + pillar.contribution, 0)).toBeCloseTo(
        score.score,
      );
      expect(
        score.indicators.reduce((total, indicator) => total + indicator.effectiveWeight, 0),
      ).toBeCloseTo(1);
    }
  });

  it('spreads the weight of missing indicators over those present and reports the coverage', () => {
    const scores = computeIndex(
      input({
        10: { 1: 100, 2: 0 },
        11: { 1: 1, 2: 2 },
        20: { 1: 5, 2: 5, 3: 7 },
      }),
    );
    const region3 = scores.find((score) => score.regionId === 3)!;
    // Only pillar 2 is present: its score is the whole score; it holds a quarter of the weight.
    expect(region3.coverage).toBeCloseTo(0.25);
    expect(region3.pillars).toEqual([
      { pillarId: 2, score: 100, effectiveWeight: 1, contribution: 100 },
    ]);
    expect(region3.score).toBeCloseTo(100);
  });

  it('gives every region the top score when all values are equal', () => {
    const scores = computeIndex(input({ 20: { 1: 4, 2: 4 } }));
    expect(scores.map((score) => score.score)).toEqual([100, 100]);
  });

  it('leaves out regions without any value', () => {
    expect(computeIndex(input({ 20: { 2: 1 } })).map((score) => score.regionId)).toEqual([2]);
  });

  it('uses standard scores when asked, signed by direction', () => {
    const scores = computeIndex(input({ 11: { 1: 1, 2: 2, 3: 3 } }, 'Z_SCORE'));
    const normalised = scores.map((score) => score.indicators[0]!.normalised);
    expect(normalised[0]).toBeCloseTo(Math.sqrt(1.5));
    expect(normalised[1]).toBeCloseTo(0);
    expect(normalised[2]).toBeCloseTo(-Math.sqrt(1.5));
  });
});
