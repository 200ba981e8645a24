/**
 * Live blocks put figures from the database into an article's Markdown:
 * `:live{indicator="…" region="…"}` inline, `::chart{…}` and `::ranking{…}` on lines of their own.
 */
export const liveBlockKinds = ['live', 'chart', 'ranking'] as const;
export type LiveBlockKind = (typeof liveBlockKinds)[number];

export function isLiveBlockKind(name: string): name is LiveBlockKind {
  return (liveBlockKinds as readonly string[]).includes(name);
}

/** The attributes each kind reads, in the order they are written. */
export const liveBlockAttributes = {
  live: ['indicator', 'region', 'period'],
  chart: ['indicator', 'regions', 'from', 'to', 'scale'],
  ranking: ['indicator', 'period', 'limit'],
} as const satisfies Record<LiveBlockKind, readonly string[]>;

/** A chart names at most this many regions. */
export const maxChartRegions = 12;
/** A ranking lists at most this many entries, and this many when it does not say. */
export const maxRankingLimit = 50;
export const defaultRankingLimit = 10;

/** One figure: the latest value, or the value of a period. */
export interface LiveSpec {
  indicator: string;
  region: string;
  period?: string;
}

/** A line chart of some regions, optionally between two periods. */
export interface ChartSpec {
  indicator: string;
  regions: string[];
  from?: string;
  to?: string;
  scale?: 'linear' | 'log';
}

/** The first `limit` regions of an indicator, in the latest period or a given one. */
export interface RankingSpec {
  indicator: string;
  period?: string;
  limit: number;
}

/** A valid live block. Renderers switch on `kind`; a new kind fails to compile until handled. */
export type LiveBlock =
  | { kind: 'live'; spec: LiveSpec }
  | { kind: 'chart'; spec: ChartSpec }
  | { kind: 'ranking'; spec: RankingSpec };

/** A live block as the author wrote it, checked: either a spec to load, or why it is invalid. */
export type BlockSpec = LiveBlock | { kind: 'invalid'; directive: string; problem: string };

/** A live directive as a Markdown parser found it, before its attributes are checked. */
export interface LiveDirective {
  name: LiveBlockKind;
  /** Written inside a line (`:name{…}`) rather than on a line of its own (`::name{…}`). */
  inline: boolean;
  attributes: Readonly<Record<string, string | null | undefined>>;
}
