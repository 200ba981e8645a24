import type { IncomingMessage, ServerResponse } from 'node:http';
import { inlineHashes } from '@atlas/domain/inline-hashes';
import {
  baseHeaders,
  cacheControlFor,
  pagePolicy,
  type PageRequest,
  type PortalPolicySettings,
} from './security-headers.js';

function pageRequestOf(req: IncomingMessage): PageRequest {
  const url = new URL(req.url ?? '/', 'http://portal.invalid');
  const forwardedProto = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  const host = req.headers.host ?? '';
  return {
    pathname: url.pathname,
    https:
      forwardedProto === 'https' || ('encrypted' in req.socket && Boolean(req.socket.encrypted)),
    hostname: host.replace(/:\d+$/, ''),
  };
}

// The policies of pages Next.js serves from its full-route cache, by path and ETag (a hash of
// the body): such a page is hashed once, not on every request.
const knownPolicies = new Map<string, string>();
const maxKnownPolicies = 1000;

function policyOf(
  request: PageRequest,
  etag: unknown,
  html: Buffer,
  settings: PortalPolicySettings,
) {
  const key = typeof etag === 'string' ? `${request.https} ${request.pathname} ${etag}` : undefined;
  const known = key && knownPolicies.get(key);
  if (known) return known;
  const policy = pagePolicy(request, inlineHashes(html.toString('utf8')), settings);
  if (key) {
    if (knownPolicies.size >= maxKnownPolicies) {
      knownPolicies.delete(knownPolicies.keys().next().value!);
    }
    knownPolicies.set(key, policy);
  }
  return policy;
}

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk);
}

/**
 * Gives a response of the portal its security headers and its caching, before Next.js writes it.
 *
 * An HTML page is held until it is complete, so that its Content-Security-Policy can list the
 * sha256 of each inline script and style it holds: Next.js inlines its flight data in
 * `self.__next_f.push(…)` scripts that differ per page and per data version, which no fixed
 * policy can name. Hashes, unlike nonces, let Next.js keep serving articles from its
 * full-route cache. Anything else passes through untouched.
 */
export function secureResponse(
  req: IncomingMessage,
  res: ServerResponse,
  settings: PortalPolicySettings,
): void {
  const request = pageRequestOf(req);
  for (const [name, value] of Object.entries(baseHeaders(request, settings))) {
    res.setHeader(name, value);
  }

  const { write, end, flushHeaders, writeHead } = res;
  let held: Buffer[] | undefined;
  let decided = false;
  // Called when Next.js starts to send: the status and the content type are known by then.
  const decide = () => {
    if (decided) return;
    decided = true;
    const contentType = String(res.getHeader('content-type') ?? '');
    const caching = cacheControlFor(request.pathname, { status: res.statusCode, contentType });
    if (caching && !res.headersSent) res.setHeader('Cache-Control', caching);
    // A 304 keeps the policy the browser stored with the page; a HEAD has no scripts to list.
    if (contentType.startsWith('text/html') && res.statusCode !== 304 && req.method !== 'HEAD') {
      held = [];
    }
  };

  // Next.js sends redirects and some handlers' answers with writeHead: its headers are set
  // first, so the decision sees them, and a held page's head waits for its body.
  res.writeHead = function writeHeadOnceDecided(...args: unknown[]) {
    const [status, ...rest] = args as [number, ...unknown[]];
    const headers = rest.find((argument) => typeof argument === 'object' && argument !== null);
    if (!decided && headers && !Array.isArray(headers)) {
      res.statusCode = status;
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) res.setHeader(name, value as string | string[] | number);
      }
      decide();
      return held ? res : writeHead.call(res, status);
    }
    if (!decided) res.statusCode = status;
    decide();
    return held ? res : writeHead.apply(res, args as Parameters<typeof writeHead>);
  } as typeof res.writeHead;
  res.flushHeaders = function flushHeadersOnceDecided() {
    decide();
    if (!held) flushHeaders.call(res);
  };
  res.write = function holdHtml(...args: unknown[]): boolean {
    decide();
    if (!held) return write.apply(res, args as Parameters<typeof write>);
    const [chunk, encodingOrCallback, callback] = args as [
      Chunk,
      BufferEncoding | Callback,
      Callback,
    ];
    held.push(
      toBuffer(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined),
    );
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (done) process.nextTick(done);
    return true;
  } as typeof res.write;
  res.end = function endWithPolicy(...args: unknown[]) {
    decide();
    if (!held) return end.apply(res, args as Parameters<typeof end>);
    const [chunk, encoding] = args as [Chunk | Callback | undefined, BufferEncoding | Callback];
    if (chunk !== undefined && typeof chunk !== 'function') {
      held.push(toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined));
    }
    const done = args.find((argument): argument is Callback => typeof argument === 'function');
    const html = Buffer.concat(held);
    held = undefined;
    res.setHeader(
      'Content-Security-Policy',
      policyOf(request, res.getHeader('etag'), html, settings),
    );
    if (res.hasHeader('content-length')) res.setHeader('Content-Length', html.length);
    // The encoding only applies to strings; the body is bytes.
    return end.call(res, html, 'utf8', done);
  } as typeof res.end;
}
