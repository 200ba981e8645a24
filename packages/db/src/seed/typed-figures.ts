import { findLiveBlocks, withoutTermMarks } from '@atlas/domain';

// Names that contain digits without being figures: lists and number formats.
const PROPER_NAMES = /\b(TOP500|Green500|FP64|FP32|FP16|FP8|BF16)\b/g;

/**
 * The digits typed in a text, each with some context: figures must come from live blocks, so
 * the sources of live blocks and the attributes of marked terms are left out (a term's label,
 * which the reader sees, is kept).
 */
export function typedFigures(text: string): string[] {
  const prose = findLiveBlocks(text).reduce((rest, block) => rest.replace(block.source, ''), text);
  return (
    withoutTermMarks(prose)
      .replace(PROPER_NAMES, '')
      .match(/.{0,30}\d.{0,30}/g) ?? []
  );
}
