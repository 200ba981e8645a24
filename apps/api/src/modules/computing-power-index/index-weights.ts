import type { Indicator, Pillar } from '@atlas/db';
import { badUserInput } from '../../errors.js';
import { assertAllFound, type CodeLookup } from '../../loaders/resolve-codes.js';

export interface WeightInput {
  code: string;
  weight: number;
}

export interface WeightedIndicator {
  indicator: Indicator;
  weight: number;
  higherIsBetter: boolean;
}

export interface WeightedPillar {
  pillar: Pillar;
  weight: number;
  indicators: WeightedIndicator[];
}

function lookUp<T extends { code: string }>(rows: readonly T[], inputs: readonly WeightInput[]) {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const lookup: CodeLookup<T> = { rows: [], unknown: [] };
  for (const { code } of inputs) {
    const row = byCode.get(code);
    if (row) lookup.rows.push(row);
    else lookup.unknown.push(code);
  }
  return lookup;
}

function checkWeights(inputs: readonly WeightInput[], argumentName: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const { code, weight } of inputs) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw badUserInput(
        `${argumentName}: the weight of '${code}' must be 0 or more, got ${weight}`,
        argumentName,
      );
    }
    if (weights.has(code)) {
      throw badUserInput(`${argumentName}: '${code}' is given more than once`, argumentName);
    }
    weights.set(code, weight);
  }
  return weights;
}

/**
 * The pillars and indicators that carry weight: the stored defaults (`indexWeight`) replaced by
 * the custom weights given. Unknown codes are NOT_FOUND; negative weights, duplicates, weights on
 * indicators without a direction or in pillars without weight are BAD_USER_INPUT.
 */
export function resolveWeights(
  pillars: readonly (Pillar & { indicators: Indicator[] })[],
  pillarInputs: readonly WeightInput[],
  indicatorInputs: readonly WeightInput[],
): WeightedPillar[] {
  const pillarLookup = lookUp(pillars, pillarInputs);
  const indicatorLookup = lookUp(
    pillars.flatMap((pillar) => pillar.indicators),
    indicatorInputs,
  );
  assertAllFound({ pillar: pillarLookup, indicator: indicatorLookup });
  const customPillarWeights = checkWeights(pillarInputs, 'weights.pillars');
  const customIndicatorWeights = checkWeights(indicatorInputs, 'weights.indicators');

  for (const indicator of indicatorLookup.rows) {
    if (indicator.higherIsBetter === null && customIndicatorWeights.get(indicator.code)! > 0) {
      throw badUserInput(
        `weights.indicators: '${indicator.code}' has no direction (neither more nor less is better), so it cannot be weighted`,
        'weights.indicators',
      );
    }
  }

  const weighted = pillars.flatMap((pillar) => {
    const pillarWeight = customPillarWeights.get(pillar.code) ?? pillar.indexWeight ?? 0;
    const indicators = pillar.indicators.flatMap((indicator) => {
      const weight = customIndicatorWeights.get(indicator.code) ?? indicator.indexWeight ?? 0;
      if (weight <= 0 || indicator.higherIsBetter === null) return [];
      return [{ indicator, weight, higherIsBetter: indicator.higherIsBetter }];
    });
    if (pillarWeight <= 0) {
      const orphan = indicators.find(({ indicator }) => customIndicatorWeights.has(indicator.code));
      if (orphan) {
        throw badUserInput(
          `weights.indicators: '${orphan.indicator.code}' is weighted but its pillar '${pillar.code}' has no weight; give the pillar a weight too`,
          'weights.indicators',
        );
      }
      return [];
    }
    return indicators.length > 0 ? [{ pillar, weight: pillarWeight, indicators }] : [];
  });
  if (weighted.length === 0) {
    throw badUserInput('The weights leave no indicator in the index', 'weights');
  }
  return weighted;
}
