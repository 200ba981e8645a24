import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { PrismaClient } from '@atlas/db';
import express from 'express';
import { createContext, type Context } from './context.js';
import { formatError } from './errors.js';
import { healthzHandler } from './http/healthz.js';
import { createSchema } from './schema.js';

export interface ApiServerOptions {
  prisma: PrismaClient;
}

export interface ApiServer {
  httpServer: Server;
  /** Starts listening (port 0 picks a free one) and returns the base URL. */
  listen(port: number): Promise<URL>;
  /** Stops accepting requests, lets running ones finish, and stops Apollo. */
  stop(): Promise<void>;
}

export async function createApiServer({ prisma }: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads Apollo Sandbox from a CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get('/healthz', healthzHandler(prisma));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(prisma, null) }),
  );

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
    stop: () => apollo.stop(),
  };
}
