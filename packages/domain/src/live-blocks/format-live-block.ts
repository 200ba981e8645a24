import { liveBlockAttributes, type LiveBlock } from './live-block-spec.ts';

function attributeText(value: string | number | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value.join(',') : value?.toString();
  return text === '' ? undefined : text;
}

/**
 * Writes a live block the way authors write it: `:live{…}` for the inline figure, `::chart{…}`
 * and `::ranking{…}` for blocks (which must then stand on a line of their own). Attributes
 * without a value are left out.
 */
export function formatLiveBlock(block: LiveBlock): string {
  const spec: Record<string, string | number | string[] | undefined> = { ...block.spec };
  const attributes = liveBlockAttributes[block.kind]
    .flatMap((name) => {
      const value = attributeText(spec[name]);
      return value === undefined ? [] : [`${name}="${value}"`];
    })
    .join(' ');
  const marker = block.kind === 'live' ? ':' : '::';
  return `${marker}${block.kind}{${attributes}}`;
}
