import type { Prisma } from '../../generated/prisma/client.ts';
import type { SyncCount } from '../plan-changes.ts';
import { requireId } from '../require-id.ts';
import type { GlossaryEntry } from './load-glossary.ts';

/**
 * Creates each glossary term that is not in the database yet. A term already there is left
 * alone: editors may have changed it in the studio since.
 */
export async function seedGlossary(
  tx: Prisma.TransactionClient,
  entries: readonly GlossaryEntry[],
  indicatorIds: Map<string, number>,
): Promise<SyncCount> {
  const existing = await tx.glossaryTerm.findMany({
    where: { slug: { in: entries.map((entry) => entry.slug) } },
    select: { slug: true },
  });
  const stored = new Set(existing.map(({ slug }) => slug));
  const missing = entries.filter((entry) => !stored.has(entry.slug));
  await tx.glossaryTerm.createMany({
    data: missing.map(({ slug, term, definition, seeAlso, indicator }) => ({
      slug,
      term,
      definition,
      seeAlso,
      indicatorId: indicator ? requireId(indicatorIds, indicator, 'indicator') : null,
    })),
  });
  return { created: missing.length, updated: 0, unchanged: entries.length - missing.length };
}
