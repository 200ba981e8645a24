import express from 'express';
import { z } from 'zod';

/** Whether Express accepts the value as its "trust proxy" list; it throws on anything else. */
function isTrustProxyList(value: string): boolean {
  try {
    express().set('trust proxy', value);
    return true;
  } catch {
    return false;
  }
}

// The only place that reads process.env: everything else receives an Environment.
const environmentSchema = z.object({
  DATABASE_URL: z.string({ error: 'DATABASE_URL is required' }).min(1, 'DATABASE_URL is required'),
  API_PORT: z.coerce
    .number({ error: 'API_PORT must be a port number' })
    .int('API_PORT must be a whole number')
    .min(0, 'API_PORT must be between 0 and 65535')
    .max(65535, 'API_PORT must be between 0 and 65535')
    .default(4000),
  REDIS_URL: z.url({ error: 'REDIS_URL must be a URL such as redis://127.0.0.1:6379' }).optional(),
  // With both set, publishing an article or importing figures refreshes the portal's pages at once.
  PORTAL_URL: z.url({ error: 'PORTAL_URL must be a URL such as http://localhost:3000' }).optional(),
  REVALIDATE_SECRET: z
    .string()
    .min(16, 'REVALIDATE_SECRET must be at least 16 characters')
    .optional(),
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'NODE_ENV must be development, test or production',
    })
    .default('development'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  // Read replicas of DATABASE_URL, comma-separated; reads outside transactions go to them.
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.url({
          protocol: /^postgres(ql)?$/,
          error: 'DATABASE_REPLICA_URLS must be comma-separated postgresql:// URLs',
        }),
      ),
    )
    .default([]),
  // The proxies whose X-Forwarded-For names the client (for the rate limit and the sign-in
  // throttle): Express' "trust proxy" list. Behind a balancer, add its network.
  TRUST_PROXY: z.string().trim().default('loopback').refine(isTrustProxyList, {
    error:
      'TRUST_PROXY must list addresses, subnets or loopback, linklocal, uniquelocal, e.g. "loopback, 10.0.0.0/8"',
  }),
  // The per-client rate limit (requests per window); the defaults are in limits/query-limits.ts.
  RATE_LIMIT_REQUESTS: z.coerce
    .number({ error: 'RATE_LIMIT_REQUESTS must be a number' })
    .int('RATE_LIMIT_REQUESTS must be a whole number')
    .min(1, 'RATE_LIMIT_REQUESTS must be at least 1')
    .optional(),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number({ error: 'RATE_LIMIT_WINDOW_SECONDS must be a number' })
    .int('RATE_LIMIT_WINDOW_SECONDS must be a whole number')
    .min(1, 'RATE_LIMIT_WINDOW_SECONDS must be at least 1')
    .optional(),
});

/** Settings that are fine on a developer's machine but not in production. */
function productionProblems(environment: z.infer<typeof environmentSchema>): string[] {
  if (environment.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (environment.PORTAL_URL && !environment.REVALIDATE_SECRET) {
    problems.push('REVALIDATE_SECRET is required in production when PORTAL_URL is set');
  }
  if (environment.REVALIDATE_SECRET && environment.REVALIDATE_SECRET.length < 32) {
    problems.push('REVALIDATE_SECRET must be at least 32 characters in production');
  }
  if (environment.LOG_LEVEL === 'silent') {
    problems.push('LOG_LEVEL=silent would hide every error in production');
  }
  return problems;
}

export type Environment = z.infer<typeof environmentSchema>;

/** Thrown with a one-line message naming every invalid variable. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

export function parseEnvironment(source: Record<string, string | undefined>): Environment {
  // Empty strings count as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    throw new EnvironmentError(result.error.issues.map((issue) => issue.message).join('; '));
  }
  const problems = productionProblems(result.data);
  if (problems.length > 0) throw new EnvironmentError(problems.join('; '));
  return result.data;
}

export function readEnvironment(): Environment {
  return parseEnvironment(process.env);
}
