// Starts the whole Compute Atlas stack on this machine: PostgreSQL (embedded unless DATABASE_URL
// names a server), migrations, the seed when the database is empty, the API and the portal.
// Writes ${ATLAS_DATA_DIR}/stack.json once everything answers. Ctrl-C or SIGTERM stops the API
// and the portal, then PostgreSQL, and keeps the data; a process that dies stops the rest.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkDatabaseReachable,
  createPrismaClient,
  localStackPaths,
  migrateDeploy,
  parseDatabaseUrl,
  seedDatabase,
  startLocalCluster,
  type PrismaClient,
} from '@atlas/db';
import { z } from 'zod';
import {
  assertApiBuilt,
  assertPortalBuilt,
  describeStartupFailure,
  root,
  ServiceGroup,
  StartupError,
} from './service-group.js';

const demoUsersModule = path.join(root, 'apps/api/dist/modules/auth/demo-users.js');
const readinessTimeoutMs = 120_000;

const portSetting = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : fallback))
    .refine((port) => Number.isInteger(port) && port >= 1 && port <= 65535, {
      message: 'expected a port number between 1 and 65535',
    });

const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined),
  ATLAS_DATA_DIR: z
    .string()
    .trim()
    .optional()
    .transform((value) => path.resolve(root, value || '.data')),
  API_PORT: portSetting(4000),
  PORT: portSetting(3000),
});

type Environment = z.output<typeof environmentSchema>;

function readEnvironment(): Environment {
  const parsed = environmentSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StartupError(`${issue?.path.join('.')}: ${issue?.message}`);
  }
  const { DATABASE_URL } = parsed.data;
  return { ...parsed.data, DATABASE_URL: DATABASE_URL && parseDatabaseUrl(DATABASE_URL) };
}

interface Database {
  url: string;
  embedded: boolean;
  description: string;
  stop(): Promise<void>;
  /** Resolves if the server stops on its own (embedded server only). */
  exited: Promise<void>;
}

async function openDatabase(env: Environment): Promise<Database> {
  if (env.DATABASE_URL) {
    await checkDatabaseReachable(env.DATABASE_URL);
    const { hostname, port } = new URL(env.DATABASE_URL);
    return {
      url: env.DATABASE_URL,
      embedded: false,
      description: `PostgreSQL at ${hostname}:${port || 5432}`,
      stop: async () => undefined,
      exited: new Promise(() => undefined),
    };
  }
  const { url, description, stop, exited } = await startLocalCluster(env.ATLAS_DATA_DIR);
  return { url, embedded: true, description, stop, exited };
}

/** Seeds only a database without regions, so a restart keeps what editors changed. */
async function seedIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.region.count()) > 0) return false;
  await seedDatabase(prisma);
  return true;
}

interface DemoUser {
  email: string;
  password: string;
  role: string;
}

/** The studio's demo editor and admin, for the local embedded database only (public passwords). */
async function ensureDemoUsers(prisma: PrismaClient): Promise<readonly DemoUser[]> {
  const demoUsers = (await import(pathToFileURL(demoUsersModule).href)) as {
    ensureDemoUsers(prisma: PrismaClient): Promise<readonly DemoUser[]>;
  };
  return demoUsers.ensureDemoUsers(prisma);
}

function assertPortFree(port: number, setting: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(
        new StartupError(`port ${port} is already in use: stop what uses it or set ${setting}`),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const started = performance.now();
  const env = readEnvironment();
  const { stackFile } = localStackPaths(env.ATLAS_DATA_DIR);
  assertApiBuilt();
  assertPortalBuilt();
  await assertPortFree(env.API_PORT, 'API_PORT');
  await assertPortFree(env.PORT, 'PORT');

  let phase = performance.now();
  const database = await openDatabase(env);
  console.log(`${database.description} (${seconds(phase)})`);

  const group = new ServiceGroup((message) => console.error(message));
  let stopping: Promise<void> | undefined;
  const stopAll = (exitCode: number) => {
    stopping ??= (async () => {
      await group.stop();
      await database.stop();
      await rm(stackFile, { force: true });
      process.exit(exitCode);
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // Ctrl-C reaches every process of the terminal's group, and the wrappers pass it on.
      if (!stopping) console.log(`${signal}: stopping the API, the portal and then PostgreSQL`);
      void stopAll(0);
    });
  }
  void database.exited.then(() => {
    if (stopping) return;
    console.error('PostgreSQL stopped unexpectedly; stopping the stack');
    void stopAll(1);
  });
  // A service that dies stops the others; PostgreSQL follows.
  void group.finished.then((code) => stopAll(code));

  try {
    phase = performance.now();
    await migrateDeploy(database.url);
    console.log(`migrations applied (${seconds(phase)})`);
    phase = performance.now();
    const prisma = createPrismaClient(database.url);
    let demoUsers: readonly DemoUser[] = [];
    try {
      if (await seedIfEmpty(prisma)) console.log(`empty database seeded (${seconds(phase)})`);
      if (database.embedded) demoUsers = await ensureDemoUsers(prisma);
    } finally {
      await prisma.$disconnect();
    }

    const apiUrl = `http://localhost:${env.API_PORT}`;
    const portalUrl = `http://localhost:${env.PORT}`;
    // A fresh secret per start lets the API tell the portal which pages to refresh when an
    // article is published or figures are imported.
    const revalidateSecret = randomBytes(24).toString('hex');
    // The API runs in development mode: the local stack has demo accounts with public
    // passwords, which the API refuses in production.
    // The portal starts once the API answers: its pages read from the API, and anything that
    // polls the portal (a browser, a test runner) would otherwise meet errors in the meantime.
    await group.startApi({
      port: env.API_PORT,
      readyPath: '/healthz',
      env: {
        DATABASE_URL: database.url,
        PORTAL_URL: portalUrl,
        REVALIDATE_SECRET: revalidateSecret,
        NODE_ENV: 'development',
      },
      timeoutMs: readinessTimeoutMs,
    });
    await group.startPortal({
      port: env.PORT,
      env: { API_URL: apiUrl, REVALIDATE_SECRET: revalidateSecret },
      timeoutMs: readinessTimeoutMs,
    });

    await mkdir(env.ATLAS_DATA_DIR, { recursive: true });
    await writeFile(
      stackFile,
      `${JSON.stringify({ databaseUrl: database.url, apiUrl, portalUrl }, null, 2)}\n`,
    );
    console.log(`Compute Atlas is up in ${seconds(started)}:`);
    console.log(`  portal   ${portalUrl}`);
    console.log(`  GraphQL  ${apiUrl}/graphql`);
    console.log(`  health   ${apiUrl}/healthz`);
    console.log(`  details  ${path.relative(process.cwd(), stackFile) || stackFile}`);
    for (const user of demoUsers) {
      console.log(
        `  studio   ${portalUrl}/studio  ${user.email} / ${user.password} (${user.role.toLowerCase()})`,
      );
    }
  } catch (error) {
    if (stopping) return;
    console.error(`✖ ${describeStartupFailure(error)}`);
    await stopAll(1);
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${describeStartupFailure(error)}`);
  process.exit(1);
});
