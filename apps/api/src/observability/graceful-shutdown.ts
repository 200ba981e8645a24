import type { Server } from 'node:http';
import type { Logger } from './logger.js';

/** One thing to close on the way out, named for the log. */
export interface ShutdownStep {
  readonly name: string;
  close(): Promise<unknown>;
}

export interface ShutdownPlan {
  readonly server: Server;
  /** Closed as soon as the server stops accepting: long-lived connections (WebSocket subscriptions) that would otherwise hold it open. */
  readonly beforeDrain: readonly ShutdownStep[];
  /** Closed after the last in-flight HTTP response: Apollo, Redis, the database pool. */
  readonly afterDrain: readonly ShutdownStep[];
}

export interface GracefulShutdown {
  /** True from the first termination signal on; `/readyz` reports it. */
  isShuttingDown(): boolean;
  /** Closes everything in order and resolves with the exit code it would use. */
  shutDown(reason: string): Promise<number>;
  /** Runs `shutDown` on SIGTERM/SIGINT, then exits; a second signal exits at once. */
  exitOnSignals(signals?: readonly NodeJS.Signals[]): void;
}

const idleSweepMs = 100;

/**
 * Stops accepting connections, lets in-flight requests finish (up to `drainTimeoutMs`,
 * then cuts the rest), and closes the plan's resources in order.
 */
export function createGracefulShutdown(options: {
  logger: Logger;
  plan: () => ShutdownPlan;
  drainTimeoutMs?: number;
}): GracefulShutdown {
  const { logger } = options;
  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;
  let running: Promise<number> | undefined;

  async function closeSteps(steps: readonly ShutdownStep[]): Promise<boolean> {
    let clean = true;
    for (const step of steps) {
      try {
        await step.close();
        logger.info({ step: step.name }, 'shutdown: closed');
      } catch (error) {
        clean = false;
        logger.error({ step: step.name, err: error }, 'shutdown: closing failed');
      }
    }
    return clean;
  }

  function drain(server: Server): Promise<boolean> {
    return new Promise((resolve) => {
      let finished = false;
      // Keep-alive connections go idle once their response is sent; close them as they do.
      const sweep = setInterval(() => server.closeIdleConnections(), idleSweepMs);
      const deadline = setTimeout(() => {
        logger.warn(
          { drainTimeoutMs },
          'shutdown: requests still running at the deadline; closing them',
        );
        server.closeAllConnections();
        done(false);
      }, drainTimeoutMs);
      function done(clean: boolean) {
        if (finished) return;
        finished = true;
        clearInterval(sweep);
        clearTimeout(deadline);
        resolve(clean);
      }
      server.close(() => done(true));
      server.closeIdleConnections();
    });
  }

  async function run(reason: string): Promise<number> {
    const started = Date.now();
    logger.info({ reason }, 'shutdown: stopping');
    const plan = options.plan();
    const drained = drain(plan.server);
    const realtimeClosed = await closeSteps(plan.beforeDrain);
    const requestsFinished = await drained;
    logger.info({ requestsFinished }, 'shutdown: HTTP server closed');
    const resourcesClosed = await closeSteps(plan.afterDrain);
    const clean = realtimeClosed && requestsFinished && resourcesClosed;
    logger.info({ clean, durationMs: Date.now() - started }, 'shutdown: done');
    return clean ? 0 : 1;
  }

  const shutdown: GracefulShutdown = {
    isShuttingDown: () => running !== undefined,
    shutDown(reason) {
      running ??= run(reason);
      return running;
    },
    exitOnSignals(signals = ['SIGTERM', 'SIGINT']) {
      for (const signal of signals) {
        process.on(signal, () => {
          if (running) {
            logger.warn({ signal }, 'shutdown: second signal, exiting now');
            process.exit(1);
          }
          void shutdown.shutDown(signal).then((code) => {
            logger.flush();
            process.exit(code);
          });
        });
      }
    },
  };
  return shutdown;
}
