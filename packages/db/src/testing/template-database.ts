import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createPrismaClient } from '../client.ts';
import { migrateDeploy } from '../engine/migrate-deploy.ts';
import { DEFAULT_ARTICLES_DIR, DEFAULT_DATA_DIR, seedDatabase } from '../seed/index.ts';
import { withDatabase } from './database-url.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../prisma/migrations', import.meta.url));
const SEED_CODE_DIR = fileURLToPath(new URL('../seed', import.meta.url));
const IMPORT_CODE_DIRS = [
  fileURLToPath(new URL('../import', import.meta.url)),
  fileURLToPath(new URL('../../../importers/src', import.meta.url)),
];

/**
 * The name of a database on the test server that holds the migrated schema (and the seed, when
 * asked) of the code as it is now. It is built once per server, under a name that changes with
 * the migrations, the seed files and the seed code, so test databases can be copied from it in
 * a fraction of a second instead of being migrated and seeded one by one.
 */
export async function ensureTemplate(serverUrl: string, seed: boolean): Promise<string> {
  // The seeded template starts as a copy of the migrated one: one migration run per server.
  const source = seed ? await ensureTemplate(serverUrl, false) : undefined;
  const kind = seed ? 'seeded' : 'migrated';
  const name = `atlas_template_${kind}_${await fingerprint(seed)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // One builder per template, across all the test processes that share the server.
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    const existing = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (existing.rowCount === 0) {
      await buildTemplate(client, serverUrl, name, source);
      await dropOutdatedTemplates(client, kind, name);
    }
  } finally {
    await client.end();
  }
  return name;
}

/**
 * Builds under a temporary name and renames at the end, so a half-built template is never used:
 * a copy of `source` seeded, or else a new database migrated.
 */
async function buildTemplate(
  client: pg.Client,
  serverUrl: string,
  name: string,
  source: string | undefined,
): Promise<void> {
  const building = `${name}_building`;
  await client.query(`drop database if exists ${client.escapeIdentifier(building)} with (force)`);
  const url = withDatabase(serverUrl, building);
  if (source) {
    await client.query(
      `create database ${client.escapeIdentifier(building)} template ${client.escapeIdentifier(source)}`,
    );
    const prisma = createPrismaClient(url);
    try {
      await seedDatabase(prisma);
    } finally {
      await prisma.$disconnect();
    }
  } else {
    await client.query(`create database ${client.escapeIdentifier(building)}`);
    await migrateDeploy(url);
  }
  await client.query(
    `alter database ${client.escapeIdentifier(building)} rename to ${client.escapeIdentifier(name)}`,
  );
}

async function dropOutdatedTemplates(client: pg.Client, kind: string, current: string) {
  const outdated = await client.query<{ datname: string }>(
    'select datname from pg_database where datname like $1 and datname <> $2',
    [`atlas\\_template\\_${kind}\\_%`, current],
  );
  for (const { datname } of outdated.rows) {
    await client.query(`drop database if exists ${client.escapeIdentifier(datname)} with (force)`);
  }
}

async function fingerprint(seed: boolean): Promise<string> {
  const dirs = seed
    ? [MIGRATIONS_DIR, DEFAULT_DATA_DIR, DEFAULT_ARTICLES_DIR, SEED_CODE_DIR, ...IMPORT_CODE_DIRS]
    : [MIGRATIONS_DIR];
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(file.slice(dir.length)).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}
