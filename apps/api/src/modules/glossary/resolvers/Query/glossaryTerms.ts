import type { QueryResolvers } from '../../../../generated/graphql.js';

export const glossaryTerms: QueryResolvers['glossaryTerms'] = (_parent, _args, { prisma }) =>
  prisma.glossaryTerm.findMany({ orderBy: [{ term: 'asc' }, { slug: 'asc' }] });
