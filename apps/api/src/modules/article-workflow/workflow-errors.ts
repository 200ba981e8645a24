import { ApiError } from '../../errors.js';

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
