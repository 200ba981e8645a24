import { ApiError } from '../../errors.js';

/** Errors of access control, with codes from the schema's ErrorCode enum. */
export function unauthenticated(): ApiError {
  return new ApiError('UNAUTHENTICATED', 'Sign in to do this.');
}

export function forbidden(what: string): ApiError {
  return new ApiError('FORBIDDEN', `You are not allowed to ${what}.`);
}

/** Refuses a whole request before execution, hence with an HTTP status of its own. */
export function csrfFailed(): ApiError {
  return new ApiError(
    'CSRF_FAILED',
    'Missing or wrong CSRF token: send the token of your session in the x-csrf-token header.',
    { http: { status: 403 } },
  );
}
