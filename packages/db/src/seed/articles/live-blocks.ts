/** A live block of an article body: `:live{…}` inline, `::chart{…}` or `::ranking{…}` as a block. */
export interface LiveBlock {
  name: 'live' | 'chart' | 'ranking';
  attributes: Record<string, string>;
  /** The directive as written. */
  source: string;
}

const DIRECTIVE = /(?<![\w:]):{1,2}(live|chart|ranking)\{([^}]*)\}/g;
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

export function findLiveBlocks(body: string): LiveBlock[] {
  return [...body.matchAll(DIRECTIVE)].map(([source, name, attributeText]) => ({
    name: name as LiveBlock['name'],
    attributes: Object.fromEntries(
      [...(attributeText ?? '').matchAll(ATTRIBUTE)].map(([, key, value]) => [key, value]),
    ),
    source,
  }));
}
