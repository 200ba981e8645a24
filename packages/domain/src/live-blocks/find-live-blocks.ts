import { liveBlockKinds, type LiveDirective } from './live-block-spec.ts';

/** A live directive found in Markdown text, with the text it was written as. */
export interface FoundLiveBlock extends LiveDirective {
  source: string;
}

// `:name{…}` or `::name{…}`, not preceded by a word character or a third colon.
const directivePattern = new RegExp(
  `(?<![\\w:])(:{1,2})(${liveBlockKinds.join('|')})\\{([^}]*)\\}`,
  'g',
);
const attributePattern = /([A-Za-z]+)="([^"]*)"/g;

/**
 * Finds the live directives of a Markdown text without parsing the rest of it, for checks
 * that read article files (renderers find them with a full Markdown parser). Attributes are
 * read as `name="value"`, the way `formatLiveBlock` writes them.
 */
export function findLiveBlocks(markdown: string): FoundLiveBlock[] {
  return [...markdown.matchAll(directivePattern)].map(([source, colons, name, attributeText]) => ({
    name: name as FoundLiveBlock['name'],
    inline: colons === ':',
    attributes: Object.fromEntries(
      [...(attributeText ?? '').matchAll(attributePattern)].map(([, key, value]) => [key, value]),
    ),
    source,
  }));
}
