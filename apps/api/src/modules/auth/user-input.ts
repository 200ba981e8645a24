import { ApiError } from '../../errors.js';
import { UserInputError } from './user-service.js';

/** Runs a user-service call, turning its input errors into BAD_USER_INPUT. */
export async function withUserInput<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof UserInputError) throw new ApiError('BAD_USER_INPUT', error.message);
    throw error;
  }
}
