import type { Prisma } from '@atlas/db';
import type { Viewer } from '../../context.js';

/** Anonymous readers see published articles only; signed-in editors see every status. */
export function visibleArticles(viewer: Viewer | null): Prisma.ArticleWhereInput {
  return viewer === null ? { status: 'PUBLISHED' } : {};
}
