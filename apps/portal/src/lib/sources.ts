import type { SourceFieldsFragment } from '@/gql/graphql';

/** Unique sources of a set of figures, in order of first appearance. */
export function uniqueSources(
  figures: { source: SourceFieldsFragment | null }[],
): SourceFieldsFragment[] {
  const byKey = new Map<string, SourceFieldsFragment>();
  for (const figure of figures) {
    if (figure.source && !byKey.has(figure.source.key)) byKey.set(figure.source.key, figure.source);
  }
  return [...byKey.values()];
}
