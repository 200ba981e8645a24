import type { ArticleRevision } from '@atlas/db';
import type { ArticleContent } from './article-content.js';

/** What a refused save would have written, with the version it was based on. */
export type ArticleSubmission = ArticleContent & { baseVersion: number };

/**
 * A save based on an older version than the stored one; nothing was saved. Both versions come
 * back, so the editor can keep theirs or take the stored one without losing anything typed.
 */
export interface ArticleConflict {
  message: string;
  /** The stored version, as the save that made it left it. */
  current: ArticleRevision;
  submitted: ArticleSubmission;
}

export function articleConflict(
  current: ArticleRevision,
  savedBy: string | null,
  submitted: ArticleSubmission,
): ArticleConflict {
  return {
    message: `The article was changed by ${savedBy ?? 'someone else'} (version ${current.version}) since your copy (version ${submitted.baseVersion}) was loaded; nothing was saved.`,
    current,
    submitted,
  };
}

export function isArticleConflict(result: object): result is ArticleConflict {
  return 'submitted' in result;
}
