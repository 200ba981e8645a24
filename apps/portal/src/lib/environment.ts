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

/**
 * The portal's settings from the environment. Read by the pages (through `config`) and by the
 * production server (`src/server/`), which runs outside Next.js and cannot import `server-only`.
 */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env) {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new Error(
      `Invalid portal configuration: ${problem?.path.join('.')}: ${problem?.message}`,
    );
  }
  const settings = parsed.data;
  const apiUrl = settings.API_URL.replace(/\/$/, '');
  return {
    apiUrl,
    /** Where readers reach the API (the "query this" panel, links); the same as API_URL unless set. */
    publicApiUrl: (settings.PUBLIC_API_URL ?? apiUrl).replace(/\/$/, ''),
    siteUrl: (settings.SITE_URL ?? `http://localhost:${settings.PORT}`).replace(/\/$/, ''),
    revalidateSecret: settings.REVALIDATE_SECRET,
    port: settings.PORT,
  };
}
