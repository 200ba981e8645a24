import { ApiError } from '../../../../errors.js';
import type { QueryResolvers } from '../../../../generated/graphql.js';
import { requireRole } from '../../../auth/viewer.js';

export const importBatches: QueryResolvers['importBatches'] = (
  _parent,
  { first },
  { viewer, prisma },
) => {
  requireRole(viewer, 'EDITOR', 'list imports');
  if (first < 1 || first > 100)
    throw new ApiError('BAD_USER_INPUT', 'first must be between 1 and 100');
  return prisma.importBatch.findMany({
    orderBy: { id: 'desc' },
    take: first,
    include: { apiKey: { select: { name: true } } },
  });
};
