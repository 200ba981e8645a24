import type { InlineHashes } from '@atlas/domain/inline-hashes';

/** What the portal's policies depend on, besides the page. */
export interface PortalPolicySettings {
  /** Where browsers reach the API (PUBLIC_API_URL, else API_URL): fetches and the live-update WebSocket. */
  publicApiUrl: string;
  /** NODE_ENV=production: the only case where HSTS may be sent. */
  production: boolean;
}

/** A request as the policies see it. */
export interface PageRequest {
  pathname: string;
  /** Served over HTTPS, directly or behind a proxy that says so in X-Forwarded-Proto. */
  https: boolean;
  /** The Host header's name, without the port. */
  hostname: string;
}

/** Pages other sites may show in a frame: the embeddable charts. */
export const isEmbedPath = (pathname: string) => pathname.startsWith('/embed/');
/** The editors' pages, which depend on who asks. */
export const isStudioPath = (pathname: string) =>
  pathname === '/studio' || pathname.startsWith('/studio/');

const localHostnames = /^(localhost|127\.0\.0\.1|\[?::1\]?|.*\.localhost)$/;

// Features the site never uses; the embed page is a static chart and needs none either.
const disabledFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'usb',
  'xr-spatial-tracking',
];

/** The headers every response of the portal carries, whatever its type. */
export function baseHeaders(request: PageRequest, settings: PortalPolicySettings) {
  const headers: Record<string, string> = {
    // Browsers must not guess a type other than the one sent (a CSV read as a script, say).
    'X-Content-Type-Options': 'nosniff',
    // Other sites learn which site sent a reader, not which page (a draft's URL, a search).
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Nothing the site does needs these; a script that got in could not use them either.
    'Permissions-Policy': disabledFeatures.map((feature) => `${feature}=()`).join(', '),
    // A page this site opens or that opens it gets no handle on its window (no tabnabbing,
    // no cross-window leaks); the site opens no pop-ups that need one.
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Old Flash and PDF plug-ins may not load cross-domain policy files from this site.
    'X-Permitted-Cross-Domain-Policies': 'none',
  };
  if (!isEmbedPath(request.pathname)) {
    // For browsers without CSP frame-ancestors: no site may frame these pages (clickjacking
    // a signed-in editor into pressing Publish).
    headers['X-Frame-Options'] = 'DENY';
  }
  if (settings.production && request.https && !localHostnames.test(request.hostname)) {
    // Only over HTTPS in production: a browser remembers it for a year, and on localhost it
    // would force HTTPS onto every other local project.
    headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  }
  return headers;
}

/**
 * The Content-Security-Policy of one HTML page: scripts and styles from this origin, plus
 * exactly the inline ones the page holds, by hash; no eval.
 */
export function pagePolicy(
  request: PageRequest,
  inline: InlineHashes,
  settings: PortalPolicySettings,
): string {
  const api = new URL(settings.publicApiUrl);
  const webSocket = `${api.protocol === 'https:' ? 'wss' : 'ws'}://${api.host}`;
  return [
    "default-src 'self'",
    // Next.js' bundles, plus its inline flight-data scripts and the theme script, by hash.
    `script-src 'self' ${inline.scripts.join(' ')}`.trimEnd(),
    // Style attributes of server-rendered charts (bar widths, axis positions, series colours)
    // are listed by hash; 'unsafe-hashes' lets hashes match attributes, nothing else.
    inline.styles.length > 0
      ? `style-src 'self' 'unsafe-hashes' ${inline.styles.join(' ')}`
      : "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    // The "query this" panel calls the API; indicator pages subscribe to its WebSocket.
    `connect-src 'self' ${api.origin} ${webSocket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // Embeds are made to be shown on other sites; every other page refuses any frame.
    isEmbedPath(request.pathname) ? 'frame-ancestors *' : "frame-ancestors 'none'",
    ...(request.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

// Shared caches (a CDN) may keep a public page a minute and serve it stale for five more while
// they fetch it again; browsers ask every time (max-age=0), so a reload after a publication
// shows the new figures the portal renders at once.
export const publicPageCaching = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';
// Studio pages show one editor's drafts and session: no cache may keep them.
export const studioCaching = 'private, no-store';

/**
 * The Cache-Control of a response, or undefined to keep the one Next.js chose (assets, route
 * handlers, errors). Public pages do not depend on who asks: the session cookie is sent only
 * under /studio.
 */
export function cacheControlFor(
  pathname: string,
  response: { status: number; contentType: string },
): string | undefined {
  if (isStudioPath(pathname)) return studioCaching;
  if (pathname.startsWith('/api/') || pathname.startsWith('/_next/')) return undefined;
  if (response.status === 200 && response.contentType.startsWith('text/html')) {
    return publicPageCaching;
  }
  return undefined;
}
