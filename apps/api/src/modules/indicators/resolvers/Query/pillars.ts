import type { QueryResolvers } from '../../../../generated/graphql.js';

export const pillars: QueryResolvers['pillars'] = (_parent, _args, { prisma }) =>
  prisma.pillar.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }] });
