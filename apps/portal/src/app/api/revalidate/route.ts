import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { config } from '@/lib/config';

const bodySchema = z.object({
  tags: z
    .array(z.string().min(1).max(256, 'a tag is at most 256 characters'))
    .min(1, 'name at least one tag')
    .max(128, 'at most 128 tags per call'),
});

function authorised(header: string | null, secret: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Called by the API when data or articles change: marks the cached answers under the given
 * tags (see lib/api/cache-tags.ts) as expired, so the next request renders fresh figures.
 * Authorised by `Authorization: Bearer <REVALIDATE_SECRET>`.
 */
export async function POST(request: Request) {
  const secret = config.revalidateSecret;
  if (!secret) {
    return Response.json(
      { error: 'On-demand revalidation is off: REVALIDATE_SECRET is not set' },
      { status: 503 },
    );
  }
  if (!authorised(request.headers.get('authorization'), secret)) {
    return Response.json({ error: 'Wrong or missing bearer token' }, { status: 401 });
  }
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return Response.json(
      {
        error: `Body must be {"tags": [string, …]}: ${issue?.path.join('.') || 'body'}: ${issue?.message}`,
      },
      { status: 400 },
    );
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags, now: Date.now() });
}
