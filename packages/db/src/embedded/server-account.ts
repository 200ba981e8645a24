import { execFileSync, spawnSync } from 'node:child_process';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';

/** The unprivileged system user the server runs as when this process is root. */
export interface ServerAccount {
  name: string;
  uid: number;
  gid: number;
}

const ACCOUNT_NAME = 'postgres';

/**
 * PostgreSQL refuses to run as root. Returns nothing when this process is not root (the server
 * then runs as the current user), else the `postgres` user, created on first use.
 */
export function resolveServerAccount(): ServerAccount | undefined {
  if (process.getuid?.() !== 0) return undefined;
  if (!accountExists()) createAccount();
  const uid = Number(execFileSync('id', ['-u', ACCOUNT_NAME], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', ACCOUNT_NAME], { encoding: 'utf8' }).trim());
  return { name: ACCOUNT_NAME, uid, gid };
}

/** True when `account` can reach `target` (search permission on every folder on the way). */
export function canReach(account: ServerAccount, target: string): boolean {
  const probe = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'probe', target], {
    uid: account.uid,
    gid: account.gid,
    stdio: 'ignore',
  });
  return probe.status === 0;
}

function accountExists(): boolean {
  return spawnSync('id', ['-u', ACCOUNT_NAME], { stdio: 'ignore' }).status === 0;
}

function createAccount(): void {
  const created = spawnSync(
    'useradd',
    ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', ACCOUNT_NAME],
    { encoding: 'utf8' },
  );
  if (created.status !== 0) {
    const reason = (created.stderr || created.error?.message || 'unknown error').trim();
    throw new EmbeddedPostgresError(
      `PostgreSQL cannot run as root and the user "${ACCOUNT_NAME}" could not be created: ${reason}`,
    );
  }
}
