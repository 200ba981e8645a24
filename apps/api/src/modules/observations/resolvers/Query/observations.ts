import type { QueryResolvers } from '../../../../generated/graphql.js';
import { observationWhere } from '../../observation-filter.js';
import { findObservationPage } from '../../observation-page.js';

export const observations: QueryResolvers['observations'] = async (
  _parent,
  { filter, first, after },
  { prisma, loaders },
) =>
  findObservationPage(prisma, await observationWhere(loaders, filter ?? {}), first, after ?? null);
