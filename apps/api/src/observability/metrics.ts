import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What a `pg.Pool` tells about its connections; read at every scrape. */
export interface ConnectionPoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

export interface ApiMetrics {
  readonly registry: Registry;
  /** Counts and times every HTTP response by method, route and status. */
  readonly httpMiddleware: RequestHandler;
  /** Serves the Prometheus text format (for `GET /metrics`). */
  readonly handler: RequestHandler;
  /** Counts one GraphQL error by its `extensions.code`. */
  countGraphqlError(code: string): void;
}

/**
 * The route a request matched, never its raw path: raw paths (ids, query strings,
 * probing scanners) would create unbounded label values.
 */
export function routeLabel(req: Request): string {
  const route: unknown = req.route;
  if (route && typeof route === 'object' && 'path' in route && typeof route.path === 'string') {
    return `${req.baseUrl}${route.path}`;
  }
  return req.baseUrl || 'unmatched';
}

export function createMetrics(pools: Record<string, ConnectionPoolStats> = {}): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP responses sent, by method, route and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to finishing its response.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const serverErrors = new Counter({
    name: 'http_server_errors_total',
    help: 'HTTP responses with a 5xx status, by route and status code.',
    labelNames: ['route', 'status_code'] as const,
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors returned in GraphQL responses, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'db_pool_connections',
    help: 'PostgreSQL connections of each pool, by state (total, idle, waiting clients).',
    labelNames: ['pool', 'state'] as const,
    registers: [registry],
    collect() {
      for (const [pool, stats] of Object.entries(pools)) {
        this.set({ pool, state: 'total' }, stats.totalCount);
        this.set({ pool, state: 'idle' }, stats.idleCount);
        this.set({ pool, state: 'waiting' }, stats.waitingCount);
      }
    },
  });

  const httpMiddleware = (req: Request, res: Response, next: NextFunction) => {
    const stopTimer = duration.startTimer();
    res.once('finish', () => {
      const labels = { method: req.method, route: routeLabel(req), status_code: res.statusCode };
      requests.inc(labels);
      stopTimer(labels);
      if (res.statusCode >= 500) {
        serverErrors.inc({ route: labels.route, status_code: labels.status_code });
      }
    });
    next();
  };

  const handler = async (_req: Request, res: Response) => {
    res.type(registry.contentType).send(await registry.metrics());
  };

  return {
    registry,
    httpMiddleware,
    handler,
    countGraphqlError: (code) => graphqlErrors.inc({ code }),
  };
}
