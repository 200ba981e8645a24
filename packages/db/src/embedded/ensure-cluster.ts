import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';
import type { ServerAccount } from './server-account.ts';

/** The superuser initdb creates; its password is generated once per cluster. */
export const SUPERUSER = 'postgres';
const PASSWORD_FILE = 'atlas-superuser-password';

interface ClusterOptions {
  nativeDir: string;
  /** Version of the binaries package; its first component is PostgreSQL's major version. */
  version: string;
  dataDir: string;
  account: ServerAccount | undefined;
  /** false skips flushing files to disk, for throw-away test clusters. */
  durable: boolean;
}

/**
 * Initialises a cluster in `dataDir` unless one is already there, and returns the superuser's
 * password. An existing cluster is reused as it is, so its data is kept between runs.
 */
export async function ensureCluster(options: ClusterOptions): Promise<{ password: string }> {
  const { dataDir } = options;
  const versionFile = path.join(dataDir, 'PG_VERSION');
  if (existsSync(versionFile)) {
    await assertSameMajor(versionFile, options.version, dataDir);
    return { password: await readPassword(dataDir) };
  }
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new EmbeddedPostgresError(
      `${dataDir} is neither empty nor a PostgreSQL data directory; choose another folder`,
    );
  }
  await mkdir(dataDir, { recursive: true });
  if (options.account) await chown(dataDir, options.account.uid, options.account.gid);
  await chmod(dataDir, 0o700);

  const password = randomBytes(24).toString('base64url');
  await withPasswordFile(password, options.account, (passwordFile) =>
    runInitdb(options, passwordFile),
  );
  await writeFile(path.join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  return { password };
}

async function assertSameMajor(versionFile: string, version: string, dataDir: string) {
  const clusterMajor = (await readFile(versionFile, 'utf8')).trim();
  const binariesMajor = version.split('.')[0];
  if (clusterMajor !== binariesMajor) {
    throw new EmbeddedPostgresError(
      `${dataDir} holds a PostgreSQL ${clusterMajor} cluster but the bundled server is PostgreSQL ${binariesMajor}; move it away or choose another folder`,
    );
  }
}

async function readPassword(dataDir: string): Promise<string> {
  try {
    return (await readFile(path.join(dataDir, PASSWORD_FILE), 'utf8')).trim();
  } catch {
    throw new EmbeddedPostgresError(
      `${dataDir} holds a PostgreSQL cluster that was not created here (no ${PASSWORD_FILE} file); choose another folder`,
    );
  }
}

/** initdb runs as the server account, so the file it reads must belong to that account. */
async function withPasswordFile(
  password: string,
  account: ServerAccount | undefined,
  use: (passwordFile: string) => Promise<void>,
): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-initdb-'));
  const passwordFile = path.join(dir, 'password');
  try {
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (account) {
      await chown(dir, account.uid, account.gid);
      await chown(passwordFile, account.uid, account.gid);
    }
    await use(passwordFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runInitdb(options: ClusterOptions, passwordFile: string): Promise<void> {
  const args = [
    `--pgdata=${options.dataDir}`,
    `--username=${SUPERUSER}`,
    `--pwfile=${passwordFile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--no-locale',
    ...(options.durable ? [] : ['--no-sync']),
  ];
  return new Promise((resolve, reject) => {
    const initdb = spawn(path.join(options.nativeDir, 'bin', 'initdb'), args, {
      uid: options.account?.uid,
      gid: options.account?.gid,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    let stderr = '';
    initdb.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    initdb.once('error', (error) =>
      reject(new EmbeddedPostgresError(`cannot run initdb: ${error.message}`)),
    );
    initdb.once('close', (code) => {
      if (code === 0) return resolve();
      const reason = stderr.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code}`;
      reject(new EmbeddedPostgresError(`initdb failed for ${options.dataDir}: ${reason}`));
    });
  });
}
