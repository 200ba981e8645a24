import { z } from 'zod';

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
});

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
  return result.data;
}

export function readEnvironment(): Environment {
  return parseEnvironment(process.env);
}
