import type { ErrorCode } from '@atlas/domain';
import type { RequestHandler } from 'express';

const code: ErrorCode = 'QUERY_TOO_LARGE';

/**
 * Refuses a query text larger than the limit before it is parsed (HTTP 413), for POST bodies and
 * GET query strings alike.
 */
export function queryTextLimit(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const query =
      req.method === 'GET'
        ? req.query.query
        : typeof body === 'object' && body !== null && 'query' in body
          ? body.query
          : undefined;
    const bytes = typeof query === 'string' ? Buffer.byteLength(query, 'utf8') : 0;
    if (bytes <= maxBytes) {
      next();
      return;
    }
    res.status(413).json({
      errors: [
        {
          message: `The query text is ${bytes} bytes, above the limit of ${maxBytes}; use variables or persisted queries for long inputs.`,
          extensions: { code, maxBytes },
        },
      ],
    });
  };
}
