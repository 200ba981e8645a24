import 'server-only';
import { z } from 'zod';

const environmentSchema = z.object({
  API_URL: z
    .url({ message: 'API_URL must be an absolute http(s) URL' })
    .default('http://localhost:4000'),
  PUBLIC_API_URL: z.url({ message: 'PUBLIC_API_URL must be an absolute http(s) URL' }).optional(),
  SITE_URL: z.url({ message: 'SITE_URL must be an absolute http(s) URL' }).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  REVALIDATE_SECRET: z
    .string()
    .min(16, 'REVALIDATE_SECRET must be at least 16 characters')
    .optional(),
});

function readEnvironment() {
  const parsed = environmentSchema.safeParse(process.env);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new Error(
      `Invalid portal configuration: ${problem?.path.join('.')}: ${problem?.message}`,
    );
  }
  const env = parsed.data;
  const apiUrl = env.API_URL.replace(/\/$/, '');
  return {
    apiUrl,
    /** Where readers reach the API (the "query this" panel, links); the same as API_URL unless set. */
    publicApiUrl: (env.PUBLIC_API_URL ?? apiUrl).replace(/\/$/, ''),
    siteUrl: (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    revalidateSecret: env.REVALIDATE_SECRET,
  };
}

/** Settings parsed once from the environment. */
export const config = readEnvironment();
