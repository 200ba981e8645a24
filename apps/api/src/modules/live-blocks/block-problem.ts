import { isErrorCode, type ErrorCode } from '@atlas/domain';
import { GraphQLError } from 'graphql';

export interface BlockProblem {
  code: ErrorCode;
  message: string;
}

/**
 * Runs one block's load; a refusal the client must act on (an unknown code, a malformed period)
 * becomes the block's problem, so one broken block never fails the others.
 */
async function loadOrProblem<T>(load: () => Promise<T>): Promise<T | { problem: BlockProblem }> {
  try {
    return await load();
  } catch (error) {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (typeof code !== 'string' || !isErrorCode(code) || code === 'INTERNAL_SERVER_ERROR') {
      throw error;
    }
    return { problem: { code, message: (error as GraphQLError).message } };
  }
}

/** Loads each block of a request on its own, in parallel: a problem stays with its block. */
export function loadEachBlock<Block, T>(
  blocks: readonly Block[],
  load: (block: Block) => Promise<T>,
): Promise<(T | { problem: BlockProblem })[]> {
  return Promise.all(blocks.map((block) => loadOrProblem(() => load(block))));
}
