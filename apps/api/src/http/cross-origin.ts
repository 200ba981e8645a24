import type { RequestHandler } from 'express';

/** The open-data endpoints any web page may read: GraphQL (persisted queries included) and the export. */
const openPaths = [
  { pattern: /^\/graphql\/?$/, methods: 'GET, POST' },
  { pattern: /^\/export\//, methods: 'GET, HEAD' },
];

// Headers a cross-origin page may send. Authorization carries a researcher's own API key, which
// a page can only know when its user gave it, so it is no ambient credential.
const openRequestHeaders = 'Accept, Content-Type, Authorization';
// The portal's own pages may also echo the session's CSRF token.
const portalRequestHeaders = `${openRequestHeaders}, X-CSRF-Token`;
// What a page may read beyond the CORS-safelisted headers: the rate limit and the file name.
const exposedHeaders =
  'ETag, Content-Disposition, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After';
// Chromium caps a cached preflight at two hours; longer values would be ignored.
const preflightMaxAgeSeconds = 7200;

export interface CrossOriginOptions {
  /** The portal's origin (PORTAL_URL): the only other origin whose requests may carry cookies. */
  portalOrigin?: string;
}

/**
 * Cross-origin rules of the API, mounted before every route.
 *
 * - Anonymous reads of the open endpoints are granted to every origin
 *   (`Access-Control-Allow-Origin: *`), so researchers' notebooks can query the atlas; their
 *   preflights answer 204 and are cached.
 * - A request that carries cookies is accepted only from the API's own origin or the portal's.
 *   From any other origin its cookies are dropped before anything reads them, so it gets no
 *   more than an anonymous request, and it gets no CORS grant, so its page cannot read even that.
 */
export function crossOrigin({ portalOrigin }: CrossOriginOptions): RequestHandler {
  return (req, res, next) => {
    const origin = req.get('origin');
    if (!origin) {
      next();
      return;
    }
    const ownOrigin = `${req.protocol}://${req.get('host')}`;
    const fromPortal = origin === portalOrigin;
    const hasCookies = Boolean(req.headers.cookie);
    if (hasCookies && !fromPortal && origin !== ownOrigin) delete req.headers.cookie;

    const open = openPaths.find(({ pattern }) => pattern.test(req.path));
    const preflight = req.method === 'OPTIONS' && req.get('access-control-request-method');
    if (open && (fromPortal || preflight || !hasCookies)) {
      if (fromPortal) {
        res.vary('Origin');
        res.set({
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Credentials': 'true',
        });
      } else {
        res.set('Access-Control-Allow-Origin', '*');
      }
      res.set('Access-Control-Expose-Headers', exposedHeaders);
    }
    if (open && preflight) {
      res
        .set({
          'Access-Control-Allow-Methods': open.methods,
          'Access-Control-Allow-Headers': fromPortal ? portalRequestHeaders : openRequestHeaders,
          'Access-Control-Max-Age': String(preflightMaxAgeSeconds),
        })
        .status(204)
        .end();
      return;
    }
    next();
  };
}
