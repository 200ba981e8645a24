import type { ErrorRequestHandler } from 'express';
import type { Logger } from './logger.js';

interface HttpError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  limit?: unknown;
  message?: unknown;
}

function statusOf(error: HttpError): number {
  const status = Number(error.status ?? error.statusCode);
  return Number.isInteger(status) && status >= 400 && status <= 599 ? status : 500;
}

/** What went wrong, in words a client can act on; body-parser errors get their own. */
function clientMessage(error: HttpError, status: number): string {
  const detail = typeof error.message === 'string' ? error.message : '';
  switch (error.type) {
    case 'entity.parse.failed':
      return `The request body is not valid JSON: ${detail}`;
    case 'entity.too.large':
      return `The request body is larger than the limit of ${String(error.limit)} bytes.`;
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return `The request body's encoding is not supported: ${detail}`;
    default:
      return error.expose === true && detail
        ? detail
        : `The request was rejected (HTTP ${status}).`;
  }
}

/**
 * The last error handler: errors from middleware (body parsers) and routes become a JSON
 * body in the GraphQL error shape instead of Express's HTML page. Client errors keep
 * their status and say what was wrong; anything else is a logged 500 with no details.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = statusOf(error);
    if (status >= 500) {
      (req.log ?? logger).error({ err: error }, 'unhandled error');
      res.status(500).json({
        errors: [
          { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
      return;
    }
    res.status(status).json({
      errors: [{ message: clientMessage(error, status), extensions: { code: 'BAD_REQUEST' } }],
    });
  };
}
