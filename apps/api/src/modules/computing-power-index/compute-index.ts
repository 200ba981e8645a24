/**
 * The arithmetic of the Computing Power Index, free of the database: normalise each indicator
 * across the regions, average indicators within pillars and pillars into one score by their
 * weights, and split every score into the contributions that add up to it. The method is
 * described for people in apps/api/docs/index-methodology.md.
 */

export type Normalisation = 'MIN_MAX' | 'Z_SCORE';

export interface IndexIndicatorDefinition {
  indicatorId: number;
  pillarId: number;
  /** Relative weight inside its pillar; positive. */
  weight: number;
  /** Direction: false means less is better, so low values score high. */
  higherIsBetter: boolean;
}

export interface IndexPillarDefinition {
  pillarId: number;
  /** Relative weight across pillars; positive. */
  weight: number;
}

export interface IndexInput {
  pillars: readonly IndexPillarDefinition[];
  indicators: readonly IndexIndicatorDefinition[];
  /** Value of each indicator per region: indicatorId → regionId → value. */
  values: ReadonlyMap<number, ReadonlyMap<number, number>>;
  regionIds: readonly number[];
  normalisation: Normalisation;
}

export interface IndicatorScore {
  indicatorId: number;
  value: number;
  /** The normalised value: 0–100 for min-max, standard deviations from the mean for z-scores. */
  normalised: number;
  /** The indicator's share of this region's score weight (all shares of a region sum to 1). */
  effectiveWeight: number;
  /** `effectiveWeight × normalised`: what the indicator adds to the score. */
  contribution: number;
}

export interface PillarScore {
  pillarId: number;
  /** Weighted mean of the pillar's normalised indicators that this region has. */
  score: number;
  /** The pillar's share of this region's score weight. */
  effectiveWeight: number;
  /** `effectiveWeight × score`, the sum of its indicators' contributions. */
  contribution: number;
}

export interface RegionScore {
  regionId: number;
  score: number;
  /** Share of the full index weight this region has data for, 0–1. */
  coverage: number;
  pillars: PillarScore[];
  indicators: IndicatorScore[];
}

function normaliser(
  values: readonly number[],
  normalisation: Normalisation,
  higherIsBetter: boolean,
) {
  const direction = higherIsBetter ? 1 : -1;
  if (normalisation === 'MIN_MAX') {
    const min = Math.min(...values);
    const max = Math.max(...values);
    // Every region equal: none is ahead, all share the top score.
    if (max === min) return () => 100;
    return (value: number) =>
      higherIsBetter ? (100 * (value - min)) / (max - min) : (100 * (max - value)) / (max - min);
  }
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const deviation = Math.sqrt(
    values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length,
  );
  if (deviation === 0) return () => 0;
  return (value: number) => (direction * (value - mean)) / deviation;
}

/** Scores every region that has a value for at least one weighted indicator. */
export function computeIndex(input: IndexInput): RegionScore[] {
  const pillarWeight = new Map(input.pillars.map((pillar) => [pillar.pillarId, pillar.weight]));
  const indicators = input.indicators.filter((indicator) => pillarWeight.has(indicator.pillarId));
  const indicatorWeightByPillar = new Map<number, number>();
  for (const indicator of indicators) {
    indicatorWeightByPillar.set(
      indicator.pillarId,
      (indicatorWeightByPillar.get(indicator.pillarId) ?? 0) + indicator.weight,
    );
  }
  // Pillars without any weighted indicator cannot score and are left out of the whole.
  const totalPillarWeight = input.pillars
    .filter((pillar) => indicatorWeightByPillar.has(pillar.pillarId))
    .reduce((sum, pillar) => sum + pillar.weight, 0);

  const normalisers = new Map(
    indicators.map((indicator) => {
      const values = [...(input.values.get(indicator.indicatorId)?.values() ?? [])];
      return [
        indicator.indicatorId,
        values.length > 0
          ? normaliser(values, input.normalisation, indicator.higherIsBetter)
          : null,
      ];
    }),
  );

  return input.regionIds.flatMap((regionId) => {
    const present = indicators.flatMap((indicator) => {
      const value = input.values.get(indicator.indicatorId)?.get(regionId);
      const normalise = normalisers.get(indicator.indicatorId);
      return value === undefined || !normalise
        ? []
        : [{ indicator, value, normalised: normalise(value) }];
    });
    if (present.length === 0) return [];

    const presentWeightByPillar = new Map<number, number>();
    for (const { indicator } of present) {
      presentWeightByPillar.set(
        indicator.pillarId,
        (presentWeightByPillar.get(indicator.pillarId) ?? 0) + indicator.weight,
      );
    }
    const presentPillarWeight = [...presentWeightByPillar.keys()].reduce(
      (sum, pillarId) => sum + pillarWeight.get(pillarId)!,
      0,
    );

    const indicatorScores = present.map(({ indicator, value, normalised }) => {
      const effectiveWeight =
        (pillarWeight.get(indicator.pillarId)! / presentPillarWeight) *
        (indicator.weight / presentWeightByPillar.get(indicator.pillarId)!);
      return {
        indicatorId: indicator.indicatorId,
        pillarId: indicator.pillarId,
        value,
        normalised,
        effectiveWeight,
        contribution: effectiveWeight * normalised,
      };
    });

    const pillars = [...presentWeightByPillar.keys()].map((pillarId) => {
      const own = indicatorScores.filter((score) => score.pillarId === pillarId);
      const effectiveWeight = pillarWeight.get(pillarId)! / presentPillarWeight;
      const contribution = own.reduce((sum, score) => sum + score.contribution, 0);
      return { pillarId, score: contribution / effectiveWeight, effectiveWeight, contribution };
    });

    const coverage = [...presentWeightByPillar].reduce(
      (sum, [pillarId, weight]) =>
        sum +
        (pillarWeight.get(pillarId)! / totalPillarWeight) *
          (weight / indicatorWeightByPillar.get(pillarId)!),
      0,
    );

    return [
      {
        regionId,
        score: pillars.reduce((sum, pillar) => sum + pillar.contribution, 0),
        coverage,
        pillars,
        indicators: indicatorScores.map(({ pillarId: _pillarId, ...score }) => score),
      },
    ];
  });
}
