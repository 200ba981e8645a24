import type { ObservationConnectionResolvers } from '../../../generated/graphql.js';
import { encodeCursor } from '../observation-page.js';

export const ObservationConnection: ObservationConnectionResolvers = {
  edges: (page) => page.rows.map((row) => ({ cursor: encodeCursor(row), node: row })),
  nodes: (page) => page.rows,
  pageInfo: (page) => {
    const last = page.rows.at(-1);
    return { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last) : null };
  },
  totalCount: (page, _args, { prisma }) => prisma.observation.count({ where: page.where }),
};
