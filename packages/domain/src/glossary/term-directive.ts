/**
 * A glossary term marked in an article or an indicator description: `:term[exaflops]` when the
 * text is the term's slug, `:term[an exaflop]{slug="exaflops"}` when it is not. Without
 * JavaScript the portal renders it as a link to `/glossary#slug`.
 */
export const termDirectiveName = 'term';

/** Lower-case words of letters and digits joined by hyphens: `exaflops`, `fp64`, `hpl-mxp`. */
export const glossarySlugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isGlossarySlug(value: string): boolean {
  return glossarySlugPattern.test(value);
}

/** A term directive as a Markdown parser (or `findTerms`) found it, before it is checked. */
export interface TermDirective {
  /** The text between the brackets, what the reader sees. */
  label: string;
  attributes: Readonly<Record<string, string | null | undefined>>;
}

/** A term directive, checked: the glossary entry it points to, or why it is invalid. */
export type TermMark =
  | { kind: 'term'; slug: string; label: string }
  | { kind: 'invalid'; label: string; problem: string };

/**
 * Reads the slug of a term directive: the `slug` attribute, or else the label itself
 * (lower-cased, blanks as hyphens, so `:term[Green500]` points to `green500`).
 */
export function parseTermDirective({ label, attributes }: TermDirective): TermMark {
  const unknown = Object.keys(attributes).filter((name) => name !== 'slug');
  if (unknown.length > 0)
    return { kind: 'invalid', label, problem: `unknown attribute ${unknown.join(', ')}` };
  const text = label.trim();
  if (!text) return { kind: 'invalid', label, problem: 'the text between the brackets is empty' };
  const slug = attributes.slug ?? text.toLowerCase().replace(/\s+/g, '-');
  if (!isGlossarySlug(slug))
    return {
      kind: 'invalid',
      label,
      problem: `"${slug}" is not a glossary slug (lower-case words joined by hyphens)`,
    };
  return { kind: 'term', slug, label: text };
}

/** A term directive found in plain text, with where it stands and the text it was written as. */
export interface FoundTerm extends TermDirective {
  source: string;
  index: number;
}

// `:term[label]` with an optional `{slug="…"}`, not preceded by a word character or a colon.
const termPattern = new RegExp(
  `(?<![\\w:]):${termDirectiveName}\\[([^\\]\\n]*)\\](?:\\{([^}\\n]*)\\})?`,
  'g',
);
const attributePattern = /([A-Za-z]+)=(?:"([^"]*)"|([^\s"}]+))/g;

/**
 * Finds the term directives of a text without parsing the rest of it: for checks that read
 * article files, and for indicator descriptions, which are plain text with marked terms.
 */
export function findTerms(text: string): FoundTerm[] {
  return [...text.matchAll(termPattern)].map((match) => ({
    label: match[1] ?? '',
    attributes: Object.fromEntries(
      [...(match[2] ?? '').matchAll(attributePattern)].map(([, key, quoted, bare]) => [
        key,
        quoted ?? bare,
      ]),
    ),
    source: match[0],
    index: match.index,
  }));
}

/** A text cut into plain runs and marked terms, in order, for renderers of plain text. */
export type TermTextPart = { kind: 'text'; text: string } | TermMark;

export function splitTermText(text: string): TermTextPart[] {
  const parts: TermTextPart[] = [];
  let at = 0;
  for (const found of findTerms(text)) {
    if (found.index > at) parts.push({ kind: 'text', text: text.slice(at, found.index) });
    parts.push(parseTermDirective(found));
    at = found.index + found.source.length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** The text as a reader sees it, each marked term replaced by its label (for meta tags, search). */
export function withoutTermMarks(text: string): string {
  return splitTermText(text)
    .map((part) => (part.kind === 'text' ? part.text : part.label))
    .join('');
}
