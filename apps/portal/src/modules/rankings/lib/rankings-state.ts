import { isPeriod } from '@atlas/domain';

export const sortKeys = ['rank', 'name', 'value'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'asc' | 'desc';

/** What the rankings page shows, read from its URL. */
export interface RankingsState {
  indicator: string;
  /** Null: the latest period the API can rank. */
  period: string | null;
  sort: SortKey;
  direction: SortDirection;
}

/** The flagship indicator, ranked when the URL names none. */
export const defaultIndicator = 'top500_rmax_pflops';

/** The direction a column sorts in when first chosen: best rank, A to Z, largest value. */
export const firstDirection: Record<SortKey, SortDirection> = {
  rank: 'asc',
  name: 'asc',
  value: 'desc',
};

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the state from the URL; anything malformed falls back to its default. */
export function parseRankingsState(params: SearchParams): RankingsState {
  const indicator = single(params.indicator)?.trim() || defaultIndicator;
  const period = single(params.period)?.trim();
  const sortParam = single(params.sort);
  const sort = sortKeys.find((key) => key === sortParam) ?? 'rank';
  const directionParam = single(params.dir);
  const direction =
    directionParam === 'asc' || directionParam === 'desc' ? directionParam : firstDirection[sort];
  return { indicator, period: period && isPeriod(period) ? period : null, sort, direction };
}

/** The page's URL for a state, leaving out what is the default. */
export function rankingsHref(state: RankingsState): string {
  const query = new URLSearchParams();
  if (state.indicator !== defaultIndicator) query.set('indicator', state.indicator);
  if (state.period) query.set('period', state.period);
  if (state.sort !== 'rank') query.set('sort', state.sort);
  if (state.direction !== firstDirection[state.sort]) query.set('dir', state.direction);
  const text = query.toString();
  return text ? `/rankings?${text}` : '/rankings';
}

/** The link of a column header: the other direction when already sorted by it, else its first. */
export function sortHref(state: RankingsState, key: SortKey): string {
  const direction =
    state.sort === key ? (state.direction === 'asc' ? 'desc' : 'asc') : firstDirection[key];
  return rankingsHref({ ...state, sort: key, direction });
}

interface Sortable {
  rank: number;
  name: string;
  value: number;
}

/** The entries in the state's order; ties keep the ranking's order. */
export function sortEntries<T extends Sortable>(entries: readonly T[], state: RankingsState): T[] {
  const sign = state.direction === 'asc' ? 1 : -1;
  const compare: Record<SortKey, (a: T, b: T) => number> = {
    rank: (a, b) => a.rank - b.rank,
    name: (a, b) => a.name.localeCompare(b.name, 'en'),
    value: (a, b) => a.value - b.value,
  };
  return [...entries].sort((a, b) => sign * compare[state.sort](a, b));
}
