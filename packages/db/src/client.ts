import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.ts';

export interface PrismaClientOptions {
  /** Read-only replicas of the primary: reads outside transactions go to one of them at random, writes to the primary. */
  replicaUrls?: readonly string[];
}

const poolsByClient = new WeakMap<PrismaClient, Record<string, pg.Pool>>();

function clientWithPool(databaseUrl: string): { client: PrismaClient; pool: pg.Pool } {
  // An explicit pool, so its connection counts can be reported; `$disconnect` ends it.
  const pool = new pg.Pool({ connectionString: databaseUrl });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return { client: new PrismaClient({ adapter }), pool };
}

/** A Prisma client that talks to PostgreSQL through node-postgres (no native query engine). */
export function createPrismaClient(
  databaseUrl: string,
  options: PrismaClientOptions = {},
): PrismaClient {
  const primary = clientWithPool(databaseUrl);
  const replicas = (options.replicaUrls ?? []).map(clientWithPool);
  // The extended client has every method of a PrismaClient (plus $primary/$replica), so
  // callers keep one type whether replicas are configured or not.
  const client =
    replicas.length === 0
      ? primary.client
      : (primary.client.$extends(
          readReplicas({ replicas: replicas.map((replica) => replica.client) }),
        ) as unknown as PrismaClient);
  poolsByClient.set(client, {
    primary: primary.pool,
    ...Object.fromEntries(replicas.map((replica, i) => [`replica-${i + 1}`, replica.pool])),
  });
  return client;
}

/** The connection pools behind a client from {@link createPrismaClient}, by name (`primary`, `replica-1`…). */
export function connectionPools(client: PrismaClient): Record<string, pg.Pool> {
  return poolsByClient.get(client) ?? {};
}
