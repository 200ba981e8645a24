import { revalidateTag } from 'next/cache';
import { config } from '@/lib/config';
import { hasBearerSecret, readRevalidationBody } from './lib/revalidation-request';

/**
 * Called by the API when data or articles change: marks the cached answers under the given
 * tags (`cacheTags` of @atlas/domain) as expired, so the next request renders fresh figures.
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
  if (!hasBearerSecret(request.headers.get('authorization'), secret)) {
    return Response.json({ error: 'Wrong or missing bearer token' }, { status: 401 });
  }
  const body = readRevalidationBody(await request.json().catch(() => null));
  if ('error' in body) return Response.json({ error: body.error }, { status: 400 });
  for (const tag of body.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: body.tags, now: Date.now() });
}
