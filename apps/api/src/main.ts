import {
  checkDatabaseReachable,
  createPrismaClient,
  DatabaseConfigError,
  DatabaseUnreachableError,
  parseDatabaseUrl,
} from '@atlas/db';
import { EnvironmentError, readEnvironment } from './environment.js';
import { createPortalRevalidation } from './modules/studio/portal-revalidation.js';
import { createApiServer } from './server.js';

const expectedStartupErrors = [EnvironmentError, DatabaseConfigError, DatabaseUnreachableError];

async function main(): Promise<void> {
  const environment = readEnvironment();
  const databaseUrl = parseDatabaseUrl(environment.DATABASE_URL);
  await checkDatabaseReachable(databaseUrl);

  const prisma = createPrismaClient(databaseUrl);
  // The first query of a client loads its query compiler; pay that before serving.
  await prisma.$queryRaw`SELECT 1`;
  const { PORTAL_URL: portalUrl, REVALIDATE_SECRET: secret } = environment;
  const onPublicChange =
    portalUrl && secret
      ? createPortalRevalidation({ portalUrl, secret, warn: (message) => console.warn(message) })
      : undefined;
  const server = await createApiServer({ prisma, onPublicChange });
  const url = await server.listen(environment.API_PORT);
  console.log(`Compute Atlas API ready at ${new URL('/graphql', url)}`);

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, stopping the API`);
    await server.stop();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (expectedStartupErrors.some((type) => error instanceof type)) {
    console.error(`Cannot start the API: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
