import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from './logger.js';

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller-supplied id is kept (so a load balancer's or client's id links the logs),
// but only when it is short and plain enough to be safe in a log line and a header.
const probePaths = new Set(['/healthz', '/readyz', '/metrics']);

const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  if (typeof incoming === 'string' && acceptableRequestId.test(incoming)) return incoming;
  return randomUUID();
}

/**
 * Express middleware: gives every request an id (echoed in `x-request-id`), a child
 * logger at `req.log` carrying that id, and one completion line with status and time.
 */
export function createRequestLogging(logger: Logger) {
  return pinoHttp<IncomingMessage, ServerResponse>({
    logger,
    // Probes and scrapes arrive every few seconds; logging them would drown real traffic.
    autoLogging: { ignore: (req) => probePaths.has(new URL(req.url ?? '/', 'http://x').pathname) },
    genReqId(req, res) {
      const id = requestIdFor(req);
      // Written back so code that sees only the headers (Apollo plugins) logs the same id.
      req.headers[REQUEST_ID_HEADER] = id;
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customLogLevel(_req, res, error) {
      // 503 is the expected answer while a dependency is down, already logged by its cause.
      if (error || (res.statusCode >= 500 && res.statusCode !== 503)) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return 'info';
    },
    // Without a thrown error, pino-http invents one ("failed with status code …") whose
    // stack says nothing; the status is already in the line.
    customErrorObject(_req, res, error, logged: Record<string, unknown>) {
      if (error.message !== `failed with status code ${res.statusCode}`) return logged;
      return Object.fromEntries(Object.entries(logged).filter(([key]) => key !== 'err'));
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
