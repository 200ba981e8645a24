import type { Prisma } from '@atlas/db';
import type { Viewer } from '../auth/viewer.js';

/** Readers and API keys see published articles only; signed-in editors see every status. */
export function seesUnpublishedArticles(viewer: Viewer | null): boolean {
  return viewer?.kind === 'session';
}

export function visibleArticles(viewer: Viewer | null): Prisma.ArticleWhereInput {
  return seesUnpublishedArticles(viewer) ? {} : { status: 'PUBLISHED' };
}

/** The order of article lists: newest publication first, drafts last, then latest change. */
export const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [
  { publishedAt: { sort: 'desc', nulls: 'last' } },
  { updatedAt: 'desc' },
];
