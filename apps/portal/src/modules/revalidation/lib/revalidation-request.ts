import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const bodySchema = z.object({
  tags: z
    .array(z.string().min(1).max(256, 'a tag is at most 256 characters'))
    .min(1, 'name at least one tag')
    .max(128, 'at most 128 tags per call'),
});

/** Whether an Authorization header carries the secret as a bearer token (compared in constant time). */
export function hasBearerSecret(header: string | null, secret: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The tags a revalidation request names, or a message saying what is wrong with its body. */
export function readRevalidationBody(body: unknown): { tags: string[] } | { error: string } {
  const parsed = bodySchema.safeParse(body);
  if (parsed.success) return { tags: parsed.data.tags };
  const issue = parsed.error.issues[0];
  return {
    error: `Body must be {"tags": [string, …]}: ${issue?.path.join('.') || 'body'}: ${issue?.message}`,
  };
}
