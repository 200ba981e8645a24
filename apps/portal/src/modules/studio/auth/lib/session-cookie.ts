/** The portal's copy of the API session token; sent only to studio pages and kept from scripts. */
export const sessionCookieName = 'atlas_session';

function isLocalHost(host: string): boolean {
  const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return (
    hostname === 'localhost' ||
    hostname === '127.0.0.1' ||
    hostname === '::1' ||
    hostname.endsWith('.localhost')
  );
}

/** HttpOnly, SameSite=Lax, limited to /studio, and Secure everywhere but on this machine. */
export function sessionCookieOptions(host: string, expires: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: !isLocalHost(host),
    path: '/studio',
    expires,
  };
}
