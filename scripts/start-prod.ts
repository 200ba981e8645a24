// Production start: checks the configuration, applies pending migrations, then runs the
// built API and portal and keeps them running until SIGTERM/SIGINT, which it passes on
// so that each drains its requests before exiting. Run several of these (one per
// machine or container) behind a load balancer; they share PostgreSQL and Redis.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  checkDatabaseReachable,
  DatabaseConfigError,
  DatabaseUnreachableError,
  migrateDeploy,
  parseDatabaseUrl,
} from '@atlas/db';

const root = path.resolve(import.meta.dirname, '..');
const apiEntry = path.join(root, 'apps/api/dist/main.js');
const portalDir = path.join(root, 'apps/portal');
const readinessTimeoutMs = 60_000;

class StartError extends Error {}

function log(message: string): void {
  console.log(
    JSON.stringify({ time: new Date().toISOString(), service: 'start-prod', msg: message }),
  );
}

type ServiceName = 'api' | 'portal';

/** `ATLAS_SERVICES=api` or `=portal` runs one of the two, as in a container per service. */
function chosenServices(): Set<ServiceName> {
  const raw = process.env.ATLAS_SERVICES?.trim() || 'api,portal';
  const names = raw.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => name !== 'api' && name !== 'portal');
  if (unknown.length > 0 || names.length === 0) {
    throw new StartError(`ATLAS_SERVICES must list api, portal or both (got "${raw}")`);
  }
  return new Set(names as ServiceName[]);
}

function portNumber(name: string, fallback: number): number {
  const port = Number(process.env[name] || fallback);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`${name} must be a port number between 1 and 65535`);
  }
  return port;
}

function requiredConfiguration() {
  const services = chosenServices();
  const apiPort = portNumber('API_PORT', 4000);
  const portalPort = portNumber('PORT', 3000);
  let databaseUrl: string | undefined;
  if (services.has('api')) {
    const raw = process.env.DATABASE_URL;
    if (!raw?.trim()) {
      throw new StartError(
        'DATABASE_URL is required for a production start, e.g. postgresql://atlas:secret@db:5432/atlas',
      );
    }
    databaseUrl = parseDatabaseUrl(raw);
    if (!existsSync(apiEntry)) {
      throw new StartError(`${path.relative(root, apiEntry)} is missing: run "pnpm build" first`);
    }
  }
  if (services.has('portal')) {
    if (!services.has('api') && !process.env.API_URL) {
      throw new StartError(
        'API_URL is required when the portal runs without the API (ATLAS_SERVICES=portal)',
      );
    }
    if (!existsSync(path.join(portalDir, '.next/BUILD_ID'))) {
      throw new StartError('apps/portal/.next holds no production build: run "pnpm build" first');
    }
  }
  return {
    services,
    databaseUrl,
    apiPort,
    portalPort,
    // The portal reaches this process group's own API unless told otherwise.
    apiUrl: process.env.API_URL || `http://127.0.0.1:${apiPort}`,
  };
}

interface Service {
  name: string;
  child: ChildProcess;
  exited: Promise<number>;
}

/**
 * The processes this start runs. When one ends on its own, or on SIGTERM/SIGINT, the
 * others get SIGTERM; `finished` then resolves with the exit code for the whole group.
 */
class ServiceGroup {
  private readonly services: Service[] = [];
  private stopping: Promise<number> | undefined;
  private resolveFinished: (code: number) => void = () => {};
  readonly finished = new Promise<number>((resolve) => (this.resolveFinished = resolve));

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  start(name: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): Service {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      stdio: 'inherit',
    });
    const exited = new Promise<number>((resolve) => {
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
    const service = { name, child, exited };
    this.services.push(service);
    void exited.then((code) => {
      if (this.isStopping) return;
      log(`${name} exited unexpectedly with code ${code}; stopping the rest`);
      // Non-zero, so the supervisor (systemd, the container runtime) restarts the group.
      void this.stop().then(() => this.resolveFinished(code || 1));
    });
    return service;
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

  stopOnSignals(): void {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        log(`${signal}: stopping the API and the portal`);
        void this.stop().then((code) => this.resolveFinished(code));
      });
    }
  }
}

async function waitUntilAnswering(service: Service, url: string): Promise<void> {
  const deadline = Date.now() + readinessTimeoutMs;
  let ended = false;
  void service.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new StartError(`${service.name} exited during start-up (see its log above)`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StartError(
    `${service.name} did not answer ${url} within ${readinessTimeoutMs / 1000} s`,
  );
}

async function main(): Promise<number> {
  const config = requiredConfiguration();
  if (config.databaseUrl) {
    await checkDatabaseReachable(config.databaseUrl);
    log('applying pending migrations');
    // Prisma Migrate serialises concurrent deploys with a PostgreSQL advisory lock, so
    // replicas starting together apply each migration once.
    await migrateDeploy(config.databaseUrl);
    log('migrations applied');
  }

  const group = new ServiceGroup();
  group.stopOnSignals();
  const ready: string[] = [];
  try {
    if (config.services.has('api')) {
      const api = group.start('API', [apiEntry], { API_PORT: String(config.apiPort) });
      await waitUntilAnswering(api, `http://127.0.0.1:${config.apiPort}/readyz`);
      ready.push(`API http://localhost:${config.apiPort}/graphql`);
    }
    if (config.services.has('portal')) {
      const nextBin = createRequire(path.join(portalDir, 'package.json')).resolve(
        'next/dist/bin/next',
      );
      const portal = group.start(
        'portal',
        [nextBin, 'start', '--port', String(config.portalPort)],
        { API_URL: config.apiUrl, PORT: String(config.portalPort), NEXT_TELEMETRY_DISABLED: '1' },
        portalDir,
      );
      await waitUntilAnswering(portal, `http://127.0.0.1:${config.portalPort}/`);
      ready.push(`portal http://localhost:${config.portalPort}`);
    }
  } catch (error) {
    if (group.isStopping) return group.finished;
    await group.stop();
    throw error;
  }
  log(`ready: ${ready.join(', ')}`);
  return group.finished;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof StartError ||
      error instanceof DatabaseConfigError ||
      error instanceof DatabaseUnreachableError;
    console.error(
      `✖ ${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}`,
    );
    process.exit(1);
  },
);
