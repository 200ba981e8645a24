import { findTerms, parseTermDirective } from '@atlas/domain';

/** The slugs a text marks with valid term directives, each once, in order of first mention. */
export function markedTermSlugs(text: string): string[] {
  const slugs = findTerms(text).flatMap((found) => {
    const mark = parseTermDirective(found);
    return mark.kind === 'term' ? [mark.slug] : [];
  });
  return [...new Set(slugs)];
}
