import {
  checkDatabaseReachable,
  connectionPools,
  createPrismaClient,
  DatabaseConfigError,
  DatabaseUnreachableError,
  parseDatabaseUrl,
} from '@atlas/db';
import { Redis } from 'ioredis';
import { EnvironmentError, readEnvironment } from './environment.js';
import { defaultQueryLimits } from './limits/query-limits.js';
import { createPortalRevalidation } from './changes/portal-revalidation.js';
import { createGracefulShutdown } from './observability/graceful-shutdown.js';
import { createLogger, type Logger } from './observability/logger.js';
import { createObservability } from './observability/observability.js';
import { accountsWithPublicPasswords } from './observability/production-safety.js';
import { createApiServer } from './server.js';

const expectedStartupErrors = [EnvironmentError, DatabaseConfigError, DatabaseUnreachableError];

/** A Redis client that answered PING, or one clear start-up error. */
async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
  // Reconnection attempts report here; /readyz says whether Redis answers.
  redis.on('error', (error: Error) => logger.warn({ err: error }, 'redis: connection error'));
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new EnvironmentError(
      `cannot reach Redis at ${new URL(url).host} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

async function main(): Promise<void> {
  const environment = readEnvironment();
  const databaseUrl = parseDatabaseUrl(environment.DATABASE_URL);
  await checkDatabaseReachable(databaseUrl);

  const logger = createLogger(environment.LOG_LEVEL);
  const prisma = createPrismaClient(databaseUrl, {
    replicaUrls: environment.DATABASE_REPLICA_URLS,
  });
  // The first query of a client loads its query compiler; pay that before serving.
  await prisma.$queryRaw`SELECT 1`;
  const redis = environment.REDIS_URL
    ? await connectRedis(environment.REDIS_URL, logger)
    : undefined;
  if (environment.NODE_ENV === 'production') {
    const exposed = await accountsWithPublicPasswords(prisma);
    if (exposed.length > 0) {
      throw new EnvironmentError(
        `NODE_ENV=production but ${exposed.join(', ')} still sign in with the published demo password: disable the account or change its password`,
      );
    }
  }
  const { PORTAL_URL: portalUrl, REVALIDATE_SECRET: secret } = environment;
  const onPublicChange =
    portalUrl && secret
      ? createPortalRevalidation({ portalUrl, secret, warn: (message) => console.warn(message) })
      : undefined;
  const shutdown = createGracefulShutdown({
    logger,
    plan: () => ({
      server: server.httpServer,
      beforeDrain: [{ name: 'subscriptions', close: () => server.closeSubscriptions() }],
      afterDrain: [
        { name: 'apollo', close: () => server.stop() },
        { name: 'database pool', close: () => prisma.$disconnect() },
        ...(redis ? [{ name: 'redis', close: () => redis.quit() }] : []),
      ],
    }),
  });
  const observability = createObservability({
    logger,
    pools: connectionPools(prisma),
    readinessChecks: redis ? [{ name: 'redis', check: () => redis.ping() }] : [],
    isShuttingDown: shutdown.isShuttingDown,
  });
  const server = await createApiServer({
    prisma,
    redis,
    limits: {
      rateLimit: {
        requests: environment.RATE_LIMIT_REQUESTS ?? defaultQueryLimits.rateLimit.requests,
        windowSeconds:
          environment.RATE_LIMIT_WINDOW_SECONDS ?? defaultQueryLimits.rateLimit.windowSeconds,
      },
    },
    onPublicChange,
    observability,
    trustProxy: environment.TRUST_PROXY,
    portalSecret: secret,
    portalOrigin: portalUrl && new URL(portalUrl).origin,
  });
  const url = await server.listen(environment.API_PORT);
  logger.info(`Compute Atlas API ready at ${new URL('/graphql', url)}`);
  shutdown.exitOnSignals();
}

main().catch((error: unknown) => {
  if (expectedStartupErrors.some((type) => error instanceof type)) {
    console.error(`Cannot start the API: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
