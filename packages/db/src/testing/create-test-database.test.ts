import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './create-test-database.ts';
import { testServerUrl } from './test-server.ts';

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: await testServerUrl() });
  await client.connect();
  try {
    return (
      (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1
    );
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  const created: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of created) await database.drop();
  });

  // The first call builds the templates: a migration run and a seed.
  it(
    'gives each caller its own migrated database, seeded when asked',
    { timeout: 300_000 },
    async () => {
      const empty = await createTestDatabase();
      const seeded = await createTestDatabase({ seed: true });
      const another = await createTestDatabase({ seed: true });
      created.push(empty, seeded, another);

      expect(new Set([empty.url, seeded.url, another.url]).size).toBe(3);
      expect(await empty.prisma.region.count()).toBe(0);
      expect(await seeded.prisma.observation.count()).toBe(110_556);

      await seeded.prisma.observation.deleteMany();
      expect(await another.prisma.observation.count()).toBe(110_556);
    },
  );

  it('drops the database', async () => {
    const database = await createTestDatabase();
    const name = new URL(database.url).pathname.slice(1);
    expect(await databaseExists(name)).toBe(true);
    await database.drop();
    expect(await databaseExists(name)).toBe(false);
  });
});
