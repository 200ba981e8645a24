import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';
import type { PostgresBinaries } from './postgres-binaries.ts';
import { canReach, type ServerAccount } from './server-account.ts';

/** Where binaries and data go when the `postgres` user cannot reach the checkout. */
export const DEFAULT_CACHE_DIR = '/var/tmp/compute-atlas';

export interface ServerFiles {
  nativeDir: string;
  dataDir: string;
}

interface PlacementOptions {
  binaries: PostgresBinaries;
  dataDir: string;
  account: ServerAccount | undefined;
  cacheDir: string;
  onNotice: (message: string) => void;
}

/**
 * Decides where the server's binaries and data live. Run as root, the server is the `postgres`
 * user, which cannot enter a checkout under a closed folder such as /root: then the binaries are
 * copied once, and the data kept, under a world-traversable cache folder.
 */
export async function placeServerFiles(options: PlacementOptions): Promise<ServerFiles> {
  const { binaries, account, cacheDir, onNotice } = options;
  const requestedDataDir = path.resolve(options.dataDir);
  if (!account) return { nativeDir: binaries.nativeDir, dataDir: requestedDataDir };

  let nativeDir = binaries.nativeDir;
  if (!canReach(account, path.join(nativeDir, 'bin', 'postgres'))) {
    nativeDir = path.join(cacheDir, `pg-${binaries.version}`, 'native');
    await copyOnce(binaries.nativeDir, nativeDir, cacheDir);
    assertReachable(account, path.join(nativeDir, 'bin', 'postgres'), binaries.nativeDir);
    onNotice(
      `PostgreSQL runs as user "${account.name}", which cannot reach ${binaries.nativeDir}; using the copy in ${nativeDir}`,
    );
  }

  let dataDir = requestedDataDir;
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (!canReach(account, path.dirname(dataDir))) {
    // One folder per requested location, so two checkouts never share a cluster.
    const key = createHash('sha256').update(requestedDataDir).digest('hex').slice(0, 10);
    dataDir = path.join(cacheDir, 'data', `${path.basename(requestedDataDir)}-${key}`);
    await makeTraversable(path.dirname(dataDir), cacheDir);
    assertReachable(account, path.dirname(dataDir), requestedDataDir);
    onNotice(
      `PostgreSQL runs as user "${account.name}", which cannot reach ${requestedDataDir}; its data is kept in ${dataDir}`,
    );
  }
  return { nativeDir, dataDir };
}

/** Copies into a temporary sibling and renames, so a half-finished copy is never used. */
async function copyOnce(source: string, target: string, cacheDir: string): Promise<void> {
  if (existsSync(target)) return;
  await makeTraversable(path.dirname(target), cacheDir);
  const staging = `${target}.${process.pid}.partial`;
  try {
    await cp(source, staging, { recursive: true, verbatimSymlinks: true });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another process finished the same copy first.
    if (existsSync(target)) return;
    throw new EmbeddedPostgresError(
      `cannot copy PostgreSQL to ${target}: ${(error as Error).message}`,
    );
  }
}

/** Creates `dir` and opens every folder from `root` down to it for traversal by other users. */
async function makeTraversable(dir: string, root: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    for (let current = dir; isWithin(current, root); current = path.dirname(current)) {
      await chmod(current, 0o755);
      if (current === root) break;
    }
  } catch (error) {
    throw new EmbeddedPostgresError(
      `cannot prepare ${dir} for the PostgreSQL server: ${(error as Error).message}`,
    );
  }
}

function isWithin(dir: string, root: string): boolean {
  const relative = path.relative(root, dir);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function assertReachable(account: ServerAccount, target: string, original: string): void {
  if (!canReach(account, target)) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as user "${account.name}", which can reach neither ${original} nor ${target}: move the checkout to a folder other users can traverse`,
    );
  }
}
