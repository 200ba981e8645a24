import type { Prisma } from '@atlas/db';
import type { QueryResolvers } from '../../../../generated/graphql.js';
import { assertAllFound, lookUpCodes } from '../../../../loaders/resolve-codes.js';
import { findObservationPage } from '../../observation-page.js';
import { parsePeriodRange } from '../../period.js';

export const observations: QueryResolvers['observations'] = async (
  _parent,
  { filter, first, after },
  { prisma, loaders },
) => {
  const range = parsePeriodRange(filter?.from, filter?.to);
  const [indicators, regions] = await Promise.all([
    filter?.indicators ? lookUpCodes(loaders.indicators.byCode, filter.indicators) : null,
    filter?.regions ? lookUpCodes(loaders.regions.byCode, filter.regions) : null,
  ]);
  assertAllFound({
    ...(indicators && { indicator: indicators }),
    ...(regions && { region: regions }),
  });
  const where: Prisma.ObservationWhereInput = {
    ...(indicators && { indicatorId: { in: indicators.rows.map((row) => row.id) } }),
    ...(regions && { regionId: { in: regions.rows.map((row) => row.id) } }),
    ...(filter?.status && { status: { in: filter.status } }),
    periodStart: { gte: range.startFrom, lte: range.startTo },
  };
  return findObservationPage(prisma, where, first, after ?? null);
};
