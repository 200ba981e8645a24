import type { ApolloServerPlugin } from '@apollo/server';
import type { Express } from 'express';
import {
  databaseUnavailableErrorHandler,
  databaseUnavailablePlugin,
} from './database-unavailable.js';
import { graphqlErrorsPlugin } from './graphql-errors-plugin.js';
import { readinessHandler, type DependencyCheck } from './health.js';
import { httpErrorHandler } from './http-errors.js';
import type { Logger } from './logger.js';
import { createMetrics, type ApiMetrics, type ConnectionPoolStats } from './metrics.js';
import { createRequestLogging } from './request-logging.js';

export interface ObservabilityOptions {
  logger: Logger;
  /** Connection pools to report in `db_pool_connections`, by name. */
  pools?: Record<string, ConnectionPoolStats>;
  /** Dependencies `/readyz` checks besides those the server adds (the database). */
  readinessChecks?: readonly DependencyCheck[];
  isShuttingDown?: () => boolean;
}

export interface Observability {
  readonly logger: Logger;
  readonly metrics: ApiMetrics;
  readonly apolloPlugins: ApolloServerPlugin[];
  /** Request ids, request logs, metrics, `/readyz` and `/metrics`: mount before every route. */
  mountFirst(app: Express, readinessChecks: readonly DependencyCheck[]): void;
  /** JSON errors for plain routes (503 for a database outage): mount after every route. */
  mountLast(app: Express): void;
}

/** Everything the API reports about itself, wired as one piece into the server. */
export function createObservability(options: ObservabilityOptions): Observability {
  const { logger } = options;
  const metrics = createMetrics(options.pools);
  return {
    logger,
    metrics,
    apolloPlugins: [databaseUnavailablePlugin(), graphqlErrorsPlugin(metrics, logger)],
    mountFirst(app, readinessChecks) {
      app.use(createRequestLogging(logger));
      app.use(metrics.httpMiddleware);
      app.get(
        '/readyz',
        readinessHandler({
          checks: [...readinessChecks, ...(options.readinessChecks ?? [])],
          isShuttingDown: options.isShuttingDown ?? (() => false),
        }),
      );
      app.get('/metrics', metrics.handler);
    },
    mountLast(app) {
      app.use(databaseUnavailableErrorHandler);
      app.use(httpErrorHandler(logger));
    },
  };
}
