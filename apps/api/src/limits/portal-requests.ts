import { createHash, timingSafeEqual } from 'node:crypto';

/** The header the portal's server sends with its own reads: the secret it shares with the API. */
export const portalSecretHeader = 'x-portal-secret';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether a request comes from the portal's server. The portal caches answers for all its
 * readers, so it is not one client to rate-limit: its readers are limited where they arrive.
 */
export function isPortalRequest(sent: string | undefined, secret: string | undefined): boolean {
  return (
    sent !== undefined && secret !== undefined && timingSafeEqual(digest(sent), digest(secret))
  );
}
