import { findTerms, parseTermDirective } from '@atlas/domain';
import type { SeedFiles } from '../load-seed-files.ts';
import type { GlossaryEntry } from './load-glossary.ts';

/**
 * Lists what is wrong with the glossary itself: a slug used twice, a "see also" that names no
 * term (or the term itself), an indicator that does not exist.
 */
export function checkGlossary(entries: readonly GlossaryEntry[], files: SeedFiles): string[] {
  const slugs = new Set<string>();
  const indicatorCodes = new Set(files.indicators.map((row) => row.indicator_code));
  const problems: string[] = [];
  for (const entry of entries) {
    if (slugs.has(entry.slug)) problems.push(`${entry.slug}: the slug is used twice`);
    slugs.add(entry.slug);
  }
  for (const entry of entries) {
    for (const related of entry.seeAlso) {
      if (related === entry.slug) problems.push(`${entry.slug}: sees also itself`);
      else if (!slugs.has(related))
        problems.push(`${entry.slug}: sees also unknown term ${related}`);
    }
    if (entry.indicator && !indicatorCodes.has(entry.indicator))
      problems.push(`${entry.slug}: names unknown indicator ${entry.indicator}`);
  }
  return problems;
}

/**
 * Lists the term directives of a text that are invalid or point to no glossary term, each as
 * `source: problem`, for articles and indicator descriptions.
 */
export function checkTermMarks(text: string, glossarySlugs: ReadonlySet<string>): string[] {
  return findTerms(text).flatMap((found) => {
    const mark = parseTermDirective(found);
    if (mark.kind === 'invalid') return [`${found.source}: ${mark.problem}`];
    return glossarySlugs.has(mark.slug)
      ? []
      : [`${found.source}: unknown glossary term ${mark.slug}`];
  });
}
