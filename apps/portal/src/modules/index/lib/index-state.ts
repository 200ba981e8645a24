import { parsePeriod } from '@atlas/domain';
import type { IndexNormalisation } from '@/gql/graphql';
import type { SearchParams } from '@/modules/indicator/lib/view-state';

/** The index page's state in its URL: pillar weights (`w.<pillar>`), normalisation and year. */
export interface IndexState {
  pillarWeights: Record<string, number>;
  normalisation: IndexNormalisation;
  period?: string;
}

export const weightParamPrefix = 'w.';
export const maxWeight = 10;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the state; weights that are not numbers from 0 to 10 are ignored, so the default applies. */
export function parseIndexState(params: SearchParams): IndexState {
  const pillarWeights: Record<string, number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (!key.startsWith(weightParamPrefix)) continue;
    const pillar = key.slice(weightParamPrefix.length);
    const weight = Number(single(value));
    if (
      /^[a-z_]{1,40}$/.test(pillar) &&
      single(value)?.trim() &&
      weight >= 0 &&
      weight <= maxWeight
    ) {
      pillarWeights[pillar] = weight;
    }
  }
  const period = single(params.period);
  return {
    pillarWeights,
    normalisation: single(params.normalisation) === 'Z_SCORE' ? 'Z_SCORE' : 'MIN_MAX',
    period: period && parsePeriod(period)?.type === 'YEAR' ? period : undefined,
  };
}
