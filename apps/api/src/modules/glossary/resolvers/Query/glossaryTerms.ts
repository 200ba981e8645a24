import type { QueryResolvers } from '../../../../generated/graphql.js';

// Alphabetical as a reader expects it: case ignored, numbers in order (FP8 before FP16).
const alphabetical = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export const glossaryTerms: QueryResolvers['glossaryTerms'] = async (_parent, _args, { prisma }) =>
  (await prisma.glossaryTerm.findMany()).sort(
    (a, b) => alphabetical.compare(a.term, b.term) || alphabetical.compare(a.slug, b.slug),
  );
