/** A searchable item: fields in order of importance (a title counts more than a description). */
export interface Searchable {
  fields: string[];
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a query, lower-cased, without accents; at most ten. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      normalise(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((term) => term.length > 0),
    ),
  ].slice(0, 10);
}

/**
 * Scores an item for a query: every term must occur in some field (prefix of a word);
 * earlier fields and whole-word matches weigh more. Zero means no match.
 */
export function scoreMatch(item: Searchable, terms: string[]): number {
  if (terms.length === 0) return 0;
  const fields = item.fields.map((field) => normalise(field));
  let score = 0;
  for (const term of terms) {
    let best = 0;
    fields.forEach((field, position) => {
      const weight = 1 / (position + 1);
      const words = field.split(/[^\p{L}\p{N}]+/u);
      if (words.includes(term)) best = Math.max(best, 2 * weight);
      else if (words.some((word) => word.startsWith(term))) best = Math.max(best, 1.5 * weight);
      else if (field.includes(term)) best = Math.max(best, 0.5 * weight);
    });
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** The items that match every term, best first. */
export function search<T>(items: T[], query: string, fieldsOf: (item: T) => string[]): T[] {
  const terms = queryTerms(query);
  return items
    .map((item) => ({ item, score: scoreMatch({ fields: fieldsOf(item) }, terms) }))
    .filter((result) => result.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((result) => result.item);
}
