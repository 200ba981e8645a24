/** What the live-block helper asks for; the fields a kind does not use are ignored. */
export interface LiveBlockChoice {
  kind: 'chart' | 'ranking' | 'live';
  indicator: string;
  regions: string[];
  from?: string;
  to?: string;
  period?: string;
  limit?: number;
  scale?: 'linear' | 'log';
}

function attributes(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
}

/**
 * The directive for a live block in the syntax of the public renderer: `::chart{…}` and
 * `::ranking{…}` as blocks on their own lines, `:live{…}` inline.
 */
export function buildLiveBlock(choice: LiveBlockChoice): string {
  switch (choice.kind) {
    case 'chart':
      return `\n::chart{${attributes([
        ['indicator', choice.indicator],
        ['regions', choice.regions.join(',')],
        ['from', choice.from],
        ['to', choice.to],
        ['scale', choice.scale === 'log' ? 'log' : undefined],
      ])}}\n`;
    case 'ranking':
      return `\n::ranking{${attributes([
        ['indicator', choice.indicator],
        ['period', choice.period],
        ['limit', choice.limit],
      ])}}\n`;
    case 'live':
      return `:live{${attributes([
        ['indicator', choice.indicator],
        ['region', choice.regions[0]],
        ['period', choice.period],
      ])}}`;
  }
}
