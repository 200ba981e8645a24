import { ApiError } from '../../errors.js';

/** A publication refused while sentences with figures typed by hand are not confirmed. */
export function typedFiguresUnconfirmed(sentences: readonly string[]): ApiError {
  const list = sentences.map((sentence) => `"${sentence}"`).join('; ');
  return new ApiError(
    'TYPED_FIGURES_UNCONFIRMED',
    `Not published: ${sentences.length === 1 ? 'a sentence holds' : `${sentences.length} sentences hold`} a figure typed by hand. Write each figure as a live block, or confirm as an admin that the sentence states no measurement: ${list}`,
    { typedFigures: [...sentences] },
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
