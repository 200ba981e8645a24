import type { Prisma } from '@atlas/db';
import type { Viewer } from '../../context.js';

/** Readers and API keys see published articles only; signed-in editors see every status. */
export function visibleArticles(viewer: Viewer | null): Prisma.ArticleWhereInput {
  return viewer?.kind === 'session' ? {} : { status: 'PUBLISHED' };
}
