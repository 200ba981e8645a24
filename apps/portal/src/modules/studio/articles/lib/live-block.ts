import {
  defaultRankingLimit,
  formatLiveBlock,
  type LiveBlock,
  type LiveBlockKind,
} from '@atlas/domain';

/** What the live-block helper asks for; the fields a kind does not use are ignored. */
export interface LiveBlockChoice {
  kind: LiveBlockKind;
  indicator: string;
  regions: string[];
  from?: string;
  to?: string;
  period?: string;
  limit?: number;
  scale?: 'linear' | 'log';
}

/** The block a choice describes; empty choices ("first", "latest", linear) are left out. */
function blockOf(choice: LiveBlockChoice): LiveBlock {
  const period = choice.period || undefined;
  switch (choice.kind) {
    case 'chart':
      return {
        kind: 'chart',
        spec: {
          indicator: choice.indicator,
          regions: choice.regions,
          from: choice.from || undefined,
          to: choice.to || undefined,
          scale: choice.scale === 'log' ? 'log' : undefined,
        },
      };
    case 'ranking':
      return {
        kind: 'ranking',
        spec: { indicator: choice.indicator, period, limit: choice.limit ?? defaultRankingLimit },
      };
    case 'live':
      return {
        kind: 'live',
        spec: { indicator: choice.indicator, region: choice.regions[0] ?? '', period },
      };
  }
}

/**
 * The text to insert for a choice: `::chart{…}` and `::ranking{…}` as blocks on lines of their
 * own, `:live{…}` inline.
 */
export function buildLiveBlock(choice: LiveBlockChoice): string {
  const block = blockOf(choice);
  const text = formatLiveBlock(block);
  return block.kind === 'live' ? text : `\n${text}\n`;
}
