import { HeaderMap } from '@apollo/server';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { ApiError } from '../errors.js';
import type { QueryLimits } from './query-limits.js';

export interface ClientRateLimiter {
  /**
   * Counts one request of a client, sets the RateLimit-* headers on the response and throws
   * RATE_LIMITED (HTTP 429 with Retry-After) once the client has used up its window.
   */
  consume(clientKey: string, response: Response): Promise<void>;
}

/** A client is an API key when one authenticated the request, otherwise the remote address. */
export function clientKeyOf(apiKeyId: number | null, address: string | undefined): string {
  return apiKeyId !== null ? `key:${apiKeyId}` : `address:${address ?? 'unknown'}`;
}

/** Counts in Redis when given (shared by every replica), in this process otherwise. */
export function createClientRateLimiter(
  { requests, windowSeconds }: QueryLimits['rateLimit'],
  redis?: Redis,
): ClientRateLimiter {
  const options = { points: requests, duration: windowSeconds, keyPrefix: 'atlas-rate' };
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ ...options, storeClient: redis })
    : new RateLimiterMemory(options);

  const report = (response: Response, state: RateLimiterRes) => {
    response.setHeader('RateLimit-Limit', String(requests));
    response.setHeader('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
    response.setHeader('RateLimit-Reset', String(Math.ceil(state.msBeforeNext / 1000)));
  };

  return {
    async consume(clientKey, response) {
      try {
        report(response, await limiter.consume(clientKey));
      } catch (outcome) {
        if (!(outcome instanceof RateLimiterRes)) throw outcome;
        report(response, outcome);
        const retryAfter = String(Math.ceil(outcome.msBeforeNext / 1000));
        throw new ApiError(
          'RATE_LIMITED',
          `Too many requests: the limit is ${requests} per ${windowSeconds} s for each API key or address; retry in ${retryAfter} s.`,
          { http: { status: 429, headers: new HeaderMap([['retry-after', retryAfter]]) } },
        );
      }
    },
  };
}
