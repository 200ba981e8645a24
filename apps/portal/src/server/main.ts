import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import compression from 'compression';
import { readEnvironment } from '../lib/environment.js';
import { secureResponse } from './secure-response.js';

/**
 * The portal's production server: Next.js' request handler behind the security headers and
 * the hashed Content-Security-Policy of `secure-response.ts`, with compression applied last,
 * after the policy has read the page (Next.js' own compression is off in next.config.ts).
 */
// Next.js is a CommonJS module whose export is the function itself.
const next = createRequire(import.meta.url)('next') as typeof import('next').default;
// The middleware reads and wraps only what Node's own request and response have.
const compress = compression() as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

async function main(): Promise<void> {
  const environment = readEnvironment();
  const settings = {
    publicApiUrl: environment.publicApiUrl,
    production: process.env.NODE_ENV === 'production',
  };
  const app = next({
    dev: false,
    dir: path.resolve(import.meta.dirname, '../..'),
    // Server actions that redirect fetch their target from this server: it must know its port.
    hostname: 'localhost',
    port: environment.port,
  });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    compress(req, res, () => {
      secureResponse(req, res, settings);
      handle(req, res).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
  server.listen(environment.port, () => {
    console.log(`Compute Atlas portal ready on http://localhost:${environment.port}`);
  });
  // Finish the requests in flight, then exit, when the process group is stopped.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
