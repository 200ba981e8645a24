/**
 * Times a fresh seed and the import of the 49 TOP500 lists, each into a new database on the
 * quick start's server (or DATABASE_URL's): the atlas's CSV files alone; the lists read and
 * written through the importers (24,500 systems and their observations); the whole seed.
 * Usage: pnpm --filter @atlas/db bench:seed
 */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../src/client.ts';
import { openLocalDatabase } from '../src/embedded/index.ts';
import { migrateDeploy } from '../src/engine/migrate-deploy.ts';
import { DEFAULT_DATA_DIR, seedDatabase } from '../src/seed/index.ts';
import { readPublisherFiles, seedPublisherFiles } from '../src/seed/seed-publisher-files.ts';
import { withDatabase } from '../src/testing/database-url.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const server = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => undefined }
  : await openLocalDatabase(path.resolve(repoRoot, process.env.ATLAS_DATA_DIR || '.data'));
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

async function freshDatabase(name: string) {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  const url = withDatabase(server.url, name);
  await migrateDeploy(url);
  return createPrismaClient(url);
}

// Only the TOP500 lists: a raw folder holding nothing else.
const onlyLists = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-raw-'));
const noRaw = path.join(onlyLists, 'none');
await mkdir(noRaw);
await symlink(path.join(DEFAULT_DATA_DIR, 'raw', 'top500'), path.join(onlyLists, 'top500'));
try {
  const lists = await freshDatabase('atlas_bench_lists');
  try {
    let started = performance.now();
    await seedDatabase(lists, { rawDir: noRaw });
    console.log(`atlas CSV files alone: ${seconds(started)}`);
    started = performance.now();
    const results = await readPublisherFiles(onlyLists);
    const read = seconds(started);
    const written = performance.now();
    const summary = await lists.$transaction((tx) => seedPublisherFiles(tx, results), {
      timeout: 300_000,
    });
    console.log(
      `49 TOP500 lists: ${seconds(started)} (read ${read}, written ${seconds(written)}): ${summary.systemsCreated} systems, ${summary.entries} entries, ${summary.observationsAdded} observations`,
    );
  } finally {
    await lists.$disconnect();
  }
  const full = await freshDatabase('atlas_bench_seed');
  try {
    const started = performance.now();
    const summary = await seedDatabase(full);
    console.log(
      `fresh seed: ${seconds(started)} (${summary.publisherFiles.files} publishers' files, ${(await full.observation.count()).toLocaleString('en')} observations, ${(await full.top500System.count()).toLocaleString('en')} systems)`,
    );
  } finally {
    await full.$disconnect();
  }
} finally {
  await rm(onlyLists, { recursive: true, force: true });
  await server.stop();
}
