import DataLoader from 'dataloader';
import type { GlossaryTerm, PrismaClient } from '@atlas/db';
import { alignByKey } from '../../loaders/batch.js';
import { markedTermSlugs } from './marked-terms.js';

export function createGlossaryLoaders(prisma: PrismaClient) {
  const bySlug = new DataLoader<string, GlossaryTerm | null>(async (slugs) => {
    const rows = await prisma.glossaryTerm.findMany({ where: { slug: { in: [...slugs] } } });
    return alignByKey(slugs, rows, (row) => row.slug);
  });

  /** The existing terms among the slugs, in their order: a text may mark a term since removed. */
  const existing = async (slugs: readonly string[]): Promise<GlossaryTerm[]> =>
    (await Promise.all(slugs.map((slug) => bySlug.load(slug)))).filter(
      (term): term is GlossaryTerm => term !== null,
    );

  /** The terms a text marks, e.g. an article's body or an indicator's description. */
  const markedIn = (text: string) => existing(markedTermSlugs(text));

  return { bySlug, existing, markedIn };
}

export type GlossaryLoaders = ReturnType<typeof createGlossaryLoaders>;
