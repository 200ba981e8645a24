import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createPrismaClient,
  migrateDeploy,
  seedDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '@atlas/db';
import { freePort } from '../harness/free-port.js';
import { repoRoot } from '../harness/paths.js';
import { findDescendant } from '../harness/process-memory.js';
import { waitFor } from '../harness/wait-for.js';

export interface ProductionStack {
  apiUrl: string;
  portalUrl: string;
  apiPid: number;
  portalPid: number;
  stop(): Promise<void>;
}

/** A seeded database: `DATABASE_URL` when set, else an embedded PostgreSQL in a temporary folder. */
async function seededDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'atlas-load-'));
    embedded = await startEmbeddedPostgres({ dataDir, removeDataOnStop: true, onNotice: () => {} });
    url = embedded.url;
  }
  await migrateDeploy(url);
  const prisma = createPrismaClient(url);
  await seedDatabase(prisma);
  await prisma.$disconnect();
  return {
    url,
    async stop() {
      await embedded?.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `scripts/start-prod.ts` (the production start: built API and portal) on free
 * ports, with `env` added to the API's environment, and waits until both answer.
 */
export async function startProductionStack(env: Record<string, string>): Promise<ProductionStack> {
  const database = await seededDatabase();
  const [apiPort, portalPort] = [await freePort(), await freePort()];
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const stack = spawn(process.execPath, [tsx, path.join(repoRoot, 'scripts/start-prod.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...env,
      DATABASE_URL: database.url,
      API_PORT: String(apiPort),
      PORT: String(portalPort),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  stack.once('exit', () => (exited = true));
  const stop = async () => {
    if (!exited) {
      stack.kill('SIGTERM');
      await once(stack, 'exit');
    }
    await database.stop();
  };
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const portalUrl = `http://127.0.0.1:${portalPort}`;
  let apiPid: number | undefined;
  let portalPid: number | undefined;
  try {
    await waitFor(async () => (await fetch(`${portalUrl}/`)).status === 200, {
      timeoutMs: 120_000,
      intervalMs: 500,
      giveUp: () => exited,
      failure: () => 'the production build did not start (see its output above)',
    });
    apiPid = await findDescendant(stack.pid!, 'apps/api/dist/main.js');
    // Next.js renames its server process.
    portalPid = await findDescendant(stack.pid!, 'next-server');
    if (!apiPid || !portalPid) throw new Error('could not find the API and portal processes');
  } catch (error) {
    await stop();
    throw error;
  }

  return { apiUrl, portalUrl, apiPid, portalPid, stop };
}
