import { findTerms, termDirectiveName } from './glossary/term-directive.ts';
import { findLiveBlocks } from './live-blocks/find-live-blocks.ts';

/** Names that contain digits without being figures: lists and number formats. */
const namesWithDigits = /\b(TOP500|Green500|FP64|FP32|FP16|FP8|BF16)\b/g;
const termOpening = `:${termDirectiveName}[`;

// A sentence ends at `.`, `!` or `?` followed by a space, or at the end of a line.
const sentenceEnd = /(?<=[.!?])\s+/;

/**
 * The sentences of an article's texts (title, summary, Markdown body with live blocks) that hold
 * a digit outside a live block: a figure typed by hand, which goes stale and cites no source,
 * where a live block would read the database. Each sentence once, in order, as written (its live
 * blocks included). A year or a count that is no measurement is found too: an admin confirms those.
 */
export function findTypedFigures(...texts: string[]): string[] {
  return [...new Set(texts.flatMap(sentencesWithDigits))];
}

function sentencesWithDigits(text: string): string[] {
  // Live blocks and names are blanked out character for character, so positions still match.
  const blank = (part: string) => 'x'.repeat(part.length);
  let masked = text.replace(namesWithDigits, blank);
  for (const block of findLiveBlocks(text)) masked = masked.replace(block.source, blank);
  // A marked term's label is prose the reader sees; its slug and syntax are not.
  for (const term of findTerms(text)) {
    const labelStart = term.index + termOpening.length;
    const labelEnd = labelStart + term.label.length;
    const end = term.index + term.source.length;
    masked =
      masked.slice(0, term.index) +
      blank(termOpening) +
      masked.slice(labelStart, labelEnd) +
      blank(masked.slice(labelEnd, end)) +
      masked.slice(end);
  }

  const sentences: string[] = [];
  let lineStart = 0;
  for (const line of masked.split('\n')) {
    let start = 0;
    for (const part of line.split(sentenceEnd)) {
      const at = line.indexOf(part, start);
      if (/\d/.test(part)) {
        sentences.push(text.slice(lineStart + at, lineStart + at + part.length).trim());
      }
      start = at + part.length;
    }
    lineStart += line.length + 1;
  }
  return sentences;
}
