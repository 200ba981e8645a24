import { ApiError } from '../../errors.js';
import type { ArticleContent } from './article-content.js';

export interface ConflictVersions {
  /** What is stored now, saved by someone else since the editor's copy was loaded. */
  current: ArticleContent & { version: number; savedBy: string | null; savedAt: string };
  /** What the refused save would have written, so nothing typed is lost. */
  submitted: ArticleContent & { baseVersion: number };
}

/** A save based on an older version than the stored one; carries both versions. */
export function conflict(versions: ConflictVersions): ApiError {
  return new ApiError(
    'CONFLICT',
    `The article was changed by ${versions.current.savedBy ?? 'someone else'} (version ${versions.current.version}) since your copy (version ${versions.submitted.baseVersion}) was loaded; nothing was saved.`,
    { ...versions },
  );
}

/** An action confirmed against a version that is no longer the current one. */
export function staleVersion(
  action: string,
  currentVersion: number,
  expectedVersion: number,
): ApiError {
  return new ApiError(
    'CONFLICT',
    `Not ${action}: the article is at version ${currentVersion}, not the version ${expectedVersion} you saw. Review it again.`,
    { currentVersion, expectedVersion },
  );
}
