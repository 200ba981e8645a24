import { postGraphql } from './graphql-client.js';

export interface LoadSample {
  /** Milliseconds since the load started, when the answer (or failure) arrived. */
  at: number;
  target: 'graphql' | 'readyz';
  /** HTTP status, or 0 when no HTTP answer came (connection refused or reset). */
  status: number;
  /** `extensions.code` of the first GraphQL error, or readiness status. */
  detail: string;
  latencyMs: number;
}

export interface SteadyLoad {
  readonly samples: LoadSample[];
  readonly startedAt: number;
  /** Milliseconds since the load started. */
  now(): number;
  stop(): Promise<void>;
}

/**
 * `workers` clients that each send requests back to back until stopped: GraphQL reads
 * that reach the database (a different argument each time, so no cache answers them)
 * and readiness probes. Bounded by `maxDurationMs` whatever happens to the test.
 */
export function startSteadyLoad(options: {
  apiUrl: string;
  query: (iteration: number) => { query: string; variables?: Record<string, unknown> };
  workers?: number;
  maxDurationMs?: number;
}): SteadyLoad {
  const samples: LoadSample[] = [];
  const startedAt = Date.now();
  const deadline = startedAt + (options.maxDurationMs ?? 120_000);
  let running = true;
  let iteration = 0;

  async function once(target: LoadSample['target']): Promise<void> {
    const sent = Date.now();
    let status = 0;
    let detail: string;
    try {
      if (target === 'graphql') {
        const { query, variables } = options.query(iteration++);
        const response = await postGraphql(`${options.apiUrl}/graphql`, query, variables);
        status = response.status;
        detail =
          response.body?.errors?.[0]?.extensions?.code ??
          (response.body ? 'ok' : response.text.slice(0, 80));
      } else {
        const response = await fetch(`${options.apiUrl}/readyz`);
        status = response.status;
        detail = ((await response.json()) as { status: string }).status;
      }
    } catch (error) {
      detail =
        error instanceof Error
          ? String((error.cause as { code?: string })?.code ?? error.message)
          : String(error);
    }
    samples.push({
      at: Date.now() - startedAt,
      target,
      status,
      detail,
      latencyMs: Date.now() - sent,
    });
  }

  async function worker(index: number): Promise<void> {
    while (running && Date.now() < deadline) {
      await once(index === 0 && iteration % 5 === 0 ? 'readyz' : 'graphql');
    }
  }

  const workers = Array.from({ length: options.workers ?? 4 }, (_, index) => worker(index));
  return {
    samples,
    startedAt,
    now: () => Date.now() - startedAt,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}
