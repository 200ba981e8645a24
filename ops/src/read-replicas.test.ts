import { connectionPools, createPrismaClient, type PrismaClient } from '@atlas/db';
import { createTestDatabase, type TestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A second database stands in for a streaming replica: it starts as a copy of the
// primary, then the two differ, which shows where each query went.

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let client: PrismaClient;

  beforeAll(async () => {
    [primary, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await replica.prisma.tag.create({
      data: { slug: 'only-on-replica', name: 'Only on the replica' },
    });
    client = createPrismaClient(primary.url, { replicaUrls: [replica.url] });
  });

  afterAll(async () => {
    await client?.$disconnect();
    await Promise.all([primary?.drop(), replica?.drop()]);
  });

  it('sends reads to the replica and writes to the primary', async () => {
    expect(await client.tag.findUnique({ where: { slug: 'only-on-replica' } })).not.toBeNull();

    await client.tag.create({ data: { slug: 'written', name: 'Written through the client' } });
    expect(await primary.prisma.tag.count({ where: { slug: 'written' } })).toBe(1);
    expect(await replica.prisma.tag.count({ where: { slug: 'written' } })).toBe(0);
    expect(await client.tag.findUnique({ where: { slug: 'written' } })).toBeNull();
  });

  it('keeps transactions on the primary, so they read their own writes', async () => {
    const seen = await client.$transaction(async (tx) => {
      await tx.tag.create({ data: { slug: 'in-transaction', name: 'In a transaction' } });
      return tx.tag.findUnique({ where: { slug: 'in-transaction' } });
    });
    expect(seen?.name).toBe('In a transaction');
  });

  it('reports one connection pool per database', async () => {
    expect(Object.keys(connectionPools(client))).toEqual(['primary', 'replica-1']);
    const single = createPrismaClient(primary.url);
    expect(Object.keys(connectionPools(single))).toEqual(['primary']);
    await single.$disconnect();
  });
});
