import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { inlineHashes } from '@atlas/domain/inline-hashes';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { RequestHandler } from 'express';
import { exampleQueries } from './example-queries.js';

interface RenderedPage {
  html: Buffer;
  gzip: Buffer;
  etag: string;
  /** The sha256 sources of the page's inline scripts, for its Content-Security-Policy. */
  scriptHashes: string[];
}

/**
 * The explorer's own policy: only its inline script runs (by hash), it talks only to this API
 * (HTTP and WebSocket), and no site may frame it. Styles stay open to inline: the editor injects
 * <style> elements at run time, and styles cannot run code. Fonts and icons are data: URIs and
 * the editor's workers are blob: URLs made from the page's own script.
 */
function explorerPolicy(page: RenderedPage, host: string, secure: boolean): string {
  return [
    "default-src 'none'",
    `script-src ${page.scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${secure ? 'wss' : 'ws'}://${host}`,
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// The page inlines GraphiQL, its styles and its editor workers: nothing is fetched from elsewhere.
function renderPage(): RenderedPage {
  // GraphiQL also reads `variables` (for the first tab), which the options type does not list.
  const options: Parameters<typeof renderGraphiQL>[0] & { variables?: string } = {
    title: 'Compute Atlas API',
    defaultTabs: [...exampleQueries],
    variables: exampleQueries[0]?.variables,
    subscriptionsProtocol: 'WS',
  };
  const text = renderGraphiQL(options);
  const html = Buffer.from(text);
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
  return { html, gzip: gzipSync(html), etag, scriptHashes: inlineHashes(text).scripts };
}

/**
 * The GraphQL explorer (GraphiQL) for a browser that opens `/graphql`: a GET without a query
 * whose Accept header prefers HTML. Every other request goes on to the GraphQL endpoint.
 */
export function explorerPage(): RequestHandler {
  let page: RenderedPage | undefined;
  return (req, res, next) => {
    const wantsPage =
      req.method === 'GET' &&
      req.query.query === undefined &&
      req.query.extensions === undefined &&
      req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) ===
        'text/html';
    if (!wantsPage) {
      next();
      return;
    }
    page ??= renderPage();
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      ETag: page.etag,
      Vary: 'Accept, Accept-Encoding',
      'Content-Security-Policy': explorerPolicy(page, req.get('host') ?? '', req.secure),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (req.acceptsEncodings('gzip') === 'gzip') {
      res.set('Content-Encoding', 'gzip').send(page.gzip);
    } else {
      res.send(page.html);
    }
  };
}
