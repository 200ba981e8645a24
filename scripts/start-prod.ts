// Production start: checks the configuration, applies pending migrations, then runs the
// built API and portal and keeps them running until SIGTERM/SIGINT, which it passes on
// so that each drains its requests before exiting. Run several of these (one per
// machine or container) behind a load balancer; they share PostgreSQL and Redis.
import { checkDatabaseReachable, migrateDeploy, parseDatabaseUrl } from '@atlas/db';
import {
  assertApiBuilt,
  assertPortalBuilt,
  describeStartupFailure,
  ServiceGroup,
  StartupError,
} from './service-group.js';

const readinessTimeoutMs = 60_000;

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
    throw new StartupError(`ATLAS_SERVICES must list api, portal or both (got "${raw}")`);
  }
  return new Set(names as ServiceName[]);
}

function portNumber(name: string, fallback: number): number {
  const port = Number(process.env[name] || fallback);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`${name} must be a port number between 1 and 65535`);
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
      throw new StartupError(
        'DATABASE_URL is required for a production start, e.g. postgresql://atlas:secret@db:5432/atlas',
      );
    }
    databaseUrl = parseDatabaseUrl(raw);
    assertApiBuilt();
  }
  if (services.has('portal')) {
    if (!services.has('api') && !process.env.API_URL) {
      throw new StartupError(
        'API_URL is required when the portal runs without the API (ATLAS_SERVICES=portal)',
      );
    }
    assertPortalBuilt();
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

  const group = new ServiceGroup(log);
  group.stopOnSignals();
  const ready: string[] = [];
  try {
    if (config.services.has('api')) {
      await group.startApi({
        port: config.apiPort,
        readyPath: '/readyz',
        env: { NODE_ENV: 'production' },
        timeoutMs: readinessTimeoutMs,
      });
      ready.push(`API http://localhost:${config.apiPort}/graphql`);
    }
    if (config.services.has('portal')) {
      await group.startPortal({
        port: config.portalPort,
        env: { API_URL: config.apiUrl },
        timeoutMs: readinessTimeoutMs,
      });
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
    console.error(`✖ ${describeStartupFailure(error)}`);
    process.exit(1);
  },
);
