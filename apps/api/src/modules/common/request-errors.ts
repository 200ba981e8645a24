import { ApiError } from '../../errors.js';

/** NOT_FOUND for one thing named by its id or code, e.g. "Article 5 does not exist." */
export function doesNotExist(what: string): ApiError {
  return new ApiError('NOT_FOUND', `${what} does not exist.`);
}

/** The action does not apply in the current status of what it acts on. */
export function invalidState(message: string): ApiError {
  return new ApiError('INVALID_STATE', message);
}
