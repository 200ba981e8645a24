// The built API and portal as child processes, shared by the quick start (start-stack.ts) and
// the production start (start-prod.ts): where their builds are, starting them, waiting until
// they answer, and stopping them together.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DatabaseConfigError,
  DatabaseUnreachableError,
  EmbeddedPostgresError,
  MigrateDeployError,
  SeedDataError,
} from '@atlas/db';

export const root = path.resolve(import.meta.dirname, '..');
const apiEntry = path.join(root, 'apps/api/dist/main.js');
const portalDir = path.join(root, 'apps/portal');
// The portal's production server: Next.js behind its security headers (apps/portal/src/server).
const portalEntry = path.join(portalDir, 'dist/server/main.js');

/** A start-up problem the user can fix; reported as one line. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

// Problems with the configuration, the database or the data, which the user can fix: these
// are reported as one line; anything else is a bug and keeps its stack.
const EXPECTED_ERRORS = [
  StartupError,
  DatabaseConfigError,
  DatabaseUnreachableError,
  EmbeddedPostgresError,
  MigrateDeployError,
  SeedDataError,
];

export function describeStartupFailure(error: unknown): string {
  if (EXPECTED_ERRORS.some((type) => error instanceof type)) {
    const { name, message } = error as Error;
    return `${name}: ${message.replace(/\s*\n\s*/g, ' ')}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function assertApiBuilt(): void {
  if (!existsSync(apiEntry)) {
    throw new StartupError(`${path.relative(root, apiEntry)} is missing: run "pnpm build" first`);
  }
}

export function assertPortalBuilt(): void {
  if (!existsSync(path.join(portalDir, '.next/BUILD_ID')) || !existsSync(portalEntry)) {
    throw new StartupError('apps/portal/.next holds no production build: run "pnpm build" first');
  }
}

export interface Service {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (1 when a signal ended it). */
  exited: Promise<number>;
}

/**
 * Processes that live and die together. When one ends on its own, the others get SIGTERM and
 * `finished` resolves with a non-zero code; `stop()` ends them all and resolves with the
 * highest exit code.
 */
export class ServiceGroup {
  private readonly services: Service[] = [];
  private stopping: Promise<number> | undefined;
  private resolveFinished: (code: number) => void = () => {};
  readonly finished = new Promise<number>((resolve) => (this.resolveFinished = resolve));

  constructor(private readonly report: (message: string) => void) {}

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  start(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Service {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: 'inherit',
    });
    const exited = new Promise<number>((resolve) => {
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
    const service = { name, child, exited };
    this.services.push(service);
    void exited.then((code) => {
      if (this.isStopping) return;
      this.report(`the ${name} exited with code ${code}; stopping the rest`);
      // Non-zero, so that a supervisor (systemd, a container runtime) restarts the group.
      void this.stop().then(() => this.resolveFinished(code || 1));
    });
    return service;
  }

  /** Starts the built API on a port and resolves once `readyPath` answers. */
  async startApi(options: {
    port: number;
    readyPath: string;
    env: NodeJS.ProcessEnv;
    timeoutMs: number;
  }): Promise<void> {
    const api = this.start('API', [apiEntry], {
      cwd: root,
      env: { ...options.env, API_PORT: String(options.port) },
    });
    await waitUntilAnswering(
      api,
      `http://127.0.0.1:${options.port}${options.readyPath}`,
      options.timeoutMs,
    );
  }

  /** Starts the built portal's production server on a port and resolves once its home page answers. */
  async startPortal(options: {
    port: number;
    env: NodeJS.ProcessEnv;
    timeoutMs: number;
  }): Promise<void> {
    const portal = this.start('portal', [portalEntry], {
      cwd: portalDir,
      env: {
        ...options.env,
        PORT: String(options.port),
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    await waitUntilAnswering(portal, `http://127.0.0.1:${options.port}/`, options.timeoutMs);
  }

  stop(): Promise<number> {
    this.stopping ??= Promise.all(
      this.services.map((service) => {
        service.child.kill('SIGTERM');
        return service.exited;
      }),
    ).then((codes) => Math.max(0, ...codes));
    return this.stopping;
  }

  /** Stops the group on SIGTERM or SIGINT; `finished` then resolves with its exit code. */
  stopOnSignals(): void {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        this.report(`${signal}: stopping the API and the portal`);
        void this.stop().then((code) => this.resolveFinished(code));
      });
    }
  }
}

/** Polls `url` until it answers 200; fails if the service exits first or the time runs out. */
async function waitUntilAnswering(service: Service, url: string, timeoutMs: number): Promise<void> {
  let ended = false;
  void service.exited.then(() => (ended = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ended)
      throw new StartupError(`the ${service.name} exited while starting (see its log above)`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(250);
  }
  throw new StartupError(`the ${service.name} did not answer ${url} within ${timeoutMs / 1000} s`);
}
