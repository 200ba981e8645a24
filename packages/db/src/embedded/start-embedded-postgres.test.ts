import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { placeServerFiles } from './place-server-files.ts';
import { locatePostgresBinaries } from './postgres-binaries.ts';
import { resolveServerAccount } from './server-account.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './start-embedded-postgres.ts';

const isRoot = process.getuid?.() === 0;
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(mode = 0o700): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-embedded-test-'));
  await chmod(dir, mode);
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function start(
  options: Parameters<typeof startEmbeddedPostgres>[0],
): Promise<EmbeddedPostgres> {
  const server = await startEmbeddedPostgres({
    durable: false,
    onNotice: () => undefined,
    ...options,
  });
  cleanups.push(() => server.stop());
  return server;
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function accepts(url: string): Promise<boolean> {
  return query(url, 'select 1').then(
    () => true,
    () => false,
  );
}

describe('startEmbeddedPostgres', () => {
  it('serves the atlas database, keeps its data across restarts and stops cleanly', async () => {
    const dataDir = path.join(await tempDir(0o755), 'cluster');

    const first = await start({ dataDir });
    expect(first.url).toMatch(/^postgresql:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/atlas$/);
    expect(await query(first.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    await query(first.url, "create table kept (word text); insert into kept values ('still here')");
    await first.stop();
    await first.stop();
    expect(await accepts(first.url)).toBe(false);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    const second = await start({ dataDir });
    expect(second.url).not.toBe(first.url);
    expect(await query(second.url, 'select word from kept')).toEqual([{ word: 'still here' }]);
    await second.stop();
    await expect(second.exited).resolves.toBeUndefined();
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
  });

  it('listens on the port it is given and deletes throw-away data on stop', async () => {
    const dataDir = path.join(await tempDir(0o755), 'cluster');
    const probe = await start({ dataDir, removeDataOnStop: true });
    const port = Number(new URL(probe.url).port);
    await probe.stop();
    expect(existsSync(dataDir)).toBe(false);

    const server = await start({ dataDir, port, removeDataOnStop: true });
    expect(new URL(server.url).port).toBe(String(port));
    await server.stop();
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses a folder that holds something other than a cluster', async () => {
    const dataDir = await tempDir(0o755);
    await mkdir(path.join(dataDir, 'unrelated'));
    await expect(start({ dataDir })).rejects.toThrow(
      `${dataDir} is neither empty nor a PostgreSQL data directory; choose another folder`,
    );
  });

  it.runIf(isRoot)(
    'keeps the data in the cache folder when the postgres user cannot reach the requested one',
    async () => {
      const closed = await tempDir(0o700);
      const cacheDir = path.join(await tempDir(0o755), 'cache');
      const notices: string[] = [];
      const requested = path.join(closed, 'checkout', '.data', 'postgres');
      const server = await start({
        dataDir: requested,
        cacheDir,
        onNotice: (n) => notices.push(n),
      });

      expect(server.dataDir.startsWith(path.join(cacheDir, 'data', 'postgres-'))).toBe(true);
      expect(notices).toEqual([
        `PostgreSQL runs as user "postgres", which cannot reach ${requested}; its data is kept in ${server.dataDir}`,
      ]);
      expect(await query(server.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    },
  );

  it.runIf(isRoot)(
    'runs a copy of the binaries when the postgres user cannot reach the installed ones',
    async () => {
      const binaries = await locatePostgresBinaries();
      const closed = await tempDir(0o700);
      const unreachable = path.join(closed, 'native');
      await cp(binaries.nativeDir, unreachable, { recursive: true, verbatimSymlinks: true });
      const cacheDir = path.join(await tempDir(0o755), 'cache');
      const notices: string[] = [];

      const account = resolveServerAccount();
      const placed = await placeServerFiles({
        binaries: { ...binaries, nativeDir: unreachable },
        account,
        dataDir: path.join(await tempDir(0o755), 'cluster'),
        cacheDir,
        onNotice: (notice) => notices.push(notice),
      });

      expect(placed.nativeDir).toBe(path.join(cacheDir, `pg-${binaries.version}`, 'native'));
      expect(notices).toEqual([
        `PostgreSQL runs as user "postgres", which cannot reach ${unreachable}; using the copy in ${placed.nativeDir}`,
      ]);
      const version = spawnSync(path.join(placed.nativeDir, 'bin', 'postgres'), ['--version'], {
        uid: account?.uid,
        gid: account?.gid,
        encoding: 'utf8',
      });
      expect(version.stdout).toMatch(/^postgres \(PostgreSQL\) \d+/);
    },
  );
});
