import { cacheTagsFor } from '@atlas/domain';
import type { PublicChangeListener } from './public-change.js';

export interface PortalRevalidationOptions {
  /** Base URL of the portal, e.g. http://localhost:3000. */
  portalUrl: string;
  /** The portal's REVALIDATE_SECRET. */
  secret: string;
  /** Where a failed call is reported; the change itself stands. */
  warn: (message: string) => void;
}

/**
 * Tells the portal which cached pages a change made stale (`POST /api/revalidate`), so a
 * published article or an imported figure shows at once.
 */
export function createPortalRevalidation(options: PortalRevalidationOptions): PublicChangeListener {
  const endpoint = new URL('/api/revalidate', options.portalUrl);
  return async (change) => {
    const tags = cacheTagsFor(change);
    if (tags.length === 0) return;
    // The portal takes at most 128 tags per call.
    for (let start = 0; start < tags.length; start += 128) {
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${options.secret}`,
          },
          body: JSON.stringify({ tags: tags.slice(start, start + 128) }),
          signal: AbortSignal.timeout(5000),
        });
        if (!response.ok)
          options.warn(`portal revalidation answered HTTP ${response.status} for ${endpoint.href}`);
      } catch (error) {
        options.warn(`portal revalidation at ${endpoint.href} failed: ${(error as Error).message}`);
      }
    }
  };
}
