import { isPeriod } from '@atlas/domain';

/** What an indicator page shows, read from and written to its URL so that a link reproduces it. */
export const views = ['chart', 'map', 'table', 'sources'] as const;
export type View = (typeof views)[number];
export type Scale = 'linear' | 'log';
export type Measure = 'absolute' | 'per-capita';

export interface ViewState {
  view: View;
  /** Region codes in the order chosen; empty means the default selection. */
  regions: string[];
  scale: Scale;
  measure: Measure;
  /** The period the map shows; none means the latest. */
  period?: string;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const maxRegions = 12;
const codePattern = /^[A-Z0-9_]{2,20}$/;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function one<T extends string>(
  value: string | string[] | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  const candidate = single(value);
  return allowed.includes(candidate as T) ? (candidate as T) : fallback;
}

/**
 * Reads the view state from search params. Values that make no sense fall back to the
 * defaults instead of failing the page: a reader's hand-edited link still opens.
 * Regions may come comma-joined (shared links) or repeated (the region form).
 */
export function parseViewState(params: SearchParams): ViewState {
  const rawRegions = [params.regions ?? []].flat().flatMap((value) => value.split(','));
  const regions = [...new Set(rawRegions.map((code) => code.trim().toUpperCase()))]
    .filter((code) => codePattern.test(code))
    .slice(0, maxRegions);
  const period = single(params.period);
  return {
    view: one(params.view, views, 'chart'),
    regions,
    scale: one(params.scale, ['linear', 'log'] as const, 'linear'),
    measure: one(params.measure, ['absolute', 'per-capita'] as const, 'absolute'),
    period: period && isPeriod(period) ? period : undefined,
  };
}

/** The query string of a state, leaving out defaults so that URLs stay short and clean. */
export function viewQuery(state: ViewState, changes: Partial<ViewState> = {}): string {
  const next = { ...state, ...changes };
  const params = new URLSearchParams();
  if (next.view !== 'chart') params.set('view', next.view);
  if (next.regions.length > 0) params.set('regions', next.regions.join(','));
  if (next.scale !== 'linear') params.set('scale', next.scale);
  if (next.measure !== 'absolute') params.set('measure', next.measure);
  if (next.period) params.set('period', next.period);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
