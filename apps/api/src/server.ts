import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { PrismaClient } from '@atlas/db';
import { publicCachingPlugins, createDataVersion } from './caching/public-caching.js';
import { createInProcessChangeBus, createRedisChangeBus } from './changes/change-bus.js';
import { createChangeFeed } from './changes/change-feed.js';
import type { PublicChangeListener } from './changes/public-change.js';
import express from 'express';
import type { Redis } from 'ioredis';
import { createCatalogueCache } from './catalogue/catalogue-cache.js';
import { createContext, type Context } from './context.js';
import { formatError } from './errors.js';
import { explorerPage } from './explorer/explorer-page.js';
import { createExportRoutes, type RequestGuard } from './export/export-routes.js';
import { crossOrigin } from './http/cross-origin.js';
import { graphqlOverHttpPlugin } from './http/graphql-over-http-plugin.js';
import { healthzHandler } from './http/healthz.js';
import { serveSubscriptions } from './http/subscriptions.js';
import { operationLimitsPlugin } from './limits/operation-limits-plugin.js';
import { defaultQueryLimits, type QueryLimits } from './limits/query-limits.js';
import { queryTextLimit } from './limits/query-text-limit.js';
import { isPortalRequest, portalSecretHeader } from './limits/portal-requests.js';
import { clientKeyOf, createClientRateLimiter } from './limits/rate-limit.js';
import { timeoutPlugin } from './limits/timeout-plugin.js';
import { createAuthRoutes } from './modules/auth/auth-routes.js';
import { csrfPlugin } from './modules/auth/csrf-plugin.js';
import { resolveViewer } from './modules/auth/request-viewer.js';
import { createImportRoutes } from './modules/imports/import-routes.js';
import { contextErrorFor } from './observability/database-unavailable.js';
import { createLogger } from './observability/logger.js';
import { createObservability, type Observability } from './observability/observability.js';
import { createSchema } from './schema.js';
import { createServices } from './services.js';

export interface ApiServerOptions {
  prisma: PrismaClient;
  /** Overrides of the query limits (tests use small ones). */
  limits?: Partial<QueryLimits>;
  /** Serve repeated anonymous queries from the response cache (on by default). */
  cacheResponses?: boolean;
  /**
   * Shares rate-limit counters and change announcements (subscriptions, cache invalidation)
   * between replicas; without it both stay in this process.
   */
  redis?: Redis;
  /** Told of every change to what the public site shows (the portal's revalidation). */
  onPublicChange?: PublicChangeListener;
  /** Logs, metrics and readiness; silent when left out, as in tests. */
  observability?: Observability;
  /**
   * The proxies (Express' "trust proxy" list) whose X-Forwarded-For names the client the rate
   * limit and the sign-in throttle count; default: this machine's, such as the local portal.
   */
  trustProxy?: string;
  /** The secret the portal's server sends with its reads, which the rate limit leaves out. */
  portalSecret?: string;
  /** The portal's origin (from PORTAL_URL): the only other origin whose requests keep their cookies. */
  portalOrigin?: string;
}

export interface ApiServer {
  httpServer: Server;
  /** Starts listening (port 0 picks a free one) and returns the base URL. */
  listen(port: number): Promise<URL>;
  /**
   * Closes every subscription socket; call it before draining HTTP connections, which open
   * WebSockets would otherwise hold up.
   */
  closeSubscriptions(): Promise<void>;
  /** Stops accepting requests, lets running ones finish, and stops Apollo. */
  stop(): Promise<void>;
}

export async function createApiServer({
  prisma,
  limits: limitOverrides = {},
  cacheResponses = true,
  redis,
  onPublicChange = async () => {},
  observability = createObservability({ logger: createLogger('silent') }),
  trustProxy = 'loopback',
  portalSecret,
  portalOrigin,
}: ApiServerOptions): Promise<ApiServer> {
  const changes = redis ? await createRedisChangeBus(redis) : createInProcessChangeBus();
  const dataVersion = createDataVersion();
  changes.subscribe(() => dataVersion.bump());
  const catalogue = createCatalogueCache(prisma, dataVersion.current);
  const announceChange = createChangeFeed(prisma, changes);
  const services = createServices(prisma, async (change) => {
    // This replica reads its own change at once, before the portal asks for the new figures
    // and before the bus (through Redis, later) tells every replica.
    dataVersion.bump();
    await onPublicChange(change);
    await announceChange(change).catch((error: unknown) => {
      console.error('Announcing a data change failed', error);
    });
  });
  const limits = { ...defaultQueryLimits, ...limitOverrides };
  const rateLimiter = createClientRateLimiter(limits.rateLimit, redis);
  const schema = await createSchema();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  const httpServer = createServer(app);
  const subscriptions = serveSubscriptions(httpServer, schema, limits, () =>
    createContext({ prisma, viewer: null, services, changes, catalogue }),
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo's default indents every response, which makes large series slower to
    // write and about a third bigger on the wire.
    stringifyResult: (result) => JSON.stringify(result),
    // Queries may come as plain GET requests (GraphQL over HTTP); GET never runs a mutation, and
    // mutations need a JSON body plus the session's CSRF token (modules/auth/csrf-plugin.ts).
    csrfPrevention: false,
    // main.ts stops the server, subscriptions and pools in order (observability/graceful-shutdown.ts).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads Apollo Sandbox from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      csrfPlugin(),
      operationLimitsPlugin(schema, limits),
      timeoutPlugin(limits.timeoutMs),
      ...publicCachingPlugins(dataVersion, { cacheResponses }),
      graphqlOverHttpPlugin(),
      ...observability.apolloPlugins,
    ],
  });
  await apollo.start();

  observability.mountFirst(app, [{ name: 'database', check: () => prisma.$queryRaw`SELECT 1` }]);
  // Before every route, so that no handler reads a cookie sent from a foreign origin.
  app.use(crossOrigin({ portalOrigin }));
  app.get('/healthz', healthzHandler(prisma));
  app.use(createAuthRoutes(services));
  app.use(createImportRoutes(services.imports, services));
  // Resolves who is asking and counts the request against its client's rate limit.
  const guard: RequestGuard = async (req, res) => {
    const viewer = await resolveViewer(services, req.headers);
    if (isPortalRequest(req.get(portalSecretHeader), portalSecret)) return viewer;
    const apiKeyId = viewer?.kind === 'apiKey' ? viewer.apiKeyId : null;
    await rateLimiter.consume(clientKeyOf(apiKeyId, req.ip), res);
    return viewer;
  };
  app.use(createExportRoutes(prisma, catalogue, guard));
  app.get('/graphql', explorerPage());
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    queryTextLimit(limits.maxQueryBytes),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await guard(req, res).catch((error: unknown) => {
          throw contextErrorFor(error);
        });
        return createContext({ prisma, viewer, services, changes, catalogue });
      },
    }),
  );
  observability.mountLast(app);

  return {
    httpServer,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          httpServer.off('error', reject);
          const { port: bound } = httpServer.address() as AddressInfo;
          resolve(new URL(`http://localhost:${bound}`));
        });
      }),
    closeSubscriptions: () => subscriptions.close(),
    stop: async () => {
      await subscriptions.close();
      await apollo.stop();
      await changes.close();
    },
  };
}
