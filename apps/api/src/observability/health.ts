import type { RequestHandler } from 'express';

/** One dependency the API needs, checked by a cheap round trip (e.g. `SELECT 1`, `PING`). */
export interface DependencyCheck {
  readonly name: string;
  check(): Promise<unknown>;
}

export interface ReadinessOptions {
  /** Everything a request may need: the database, Redis when configured. */
  readonly checks: readonly DependencyCheck[];
  /** True once shutdown has begun, so load balancers stop routing here. */
  readonly isShuttingDown: () => boolean;
  readonly timeoutMs?: number;
}

type CheckOutcome = 'ok' | { error: string };

async function runCheck(check: DependencyCheck, timeoutMs: number): Promise<CheckOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check.check(), timeout]);
    return 'ok';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Prisma prefixes messages with the invocation; the last line is the cause.
    return { error: `${check.name} unreachable: ${message.trim().split('\n').at(-1)}` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /readyz`: 200 while this process should receive traffic (every dependency answers
 * and it is not shutting down), else 503 naming what fails. `/healthz` stays the
 * liveness probe.
 */
export function readinessHandler(options: ReadinessOptions): RequestHandler {
  const timeoutMs = options.timeoutMs ?? 2000;
  return async (_req, res) => {
    res.set('cache-control', 'no-store');
    if (options.isShuttingDown()) {
      res.status(503).json({ status: 'shutting down', checks: {} });
      return;
    }
    const outcomes = await Promise.all(options.checks.map((check) => runCheck(check, timeoutMs)));
    const ready = outcomes.every((outcome) => outcome === 'ok');
    const checks = Object.fromEntries(options.checks.map((check, i) => [check.name, outcomes[i]]));
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks });
  };
}
