import { spawn } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** The package folder, from src/engine as from dist/engine. */
const PACKAGE_DIR = path.resolve(import.meta.dirname, '../..');
/** Runs the package's Prisma CLI with the WebAssembly schema engine in place of the native one. */
const PRISMA_SCRIPT = path.join(PACKAGE_DIR, 'scripts/prisma.mjs');

export class MigrateDeployError extends Error {
  constructor(reason: string) {
    super(`prisma migrate deploy failed: ${reason}`);
    this.name = 'MigrateDeployError';
  }
}

/**
 * Applies every pending migration of prisma/migrations to the database (`prisma migrate
 * deploy`). Safe to run from several processes at once: Prisma serialises the runs with a
 * PostgreSQL advisory lock, and a run that finds nothing left to apply changes nothing.
 */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  if (databaseUrl.trim() === '') throw new MigrateDeployError('the database URL is empty.');
  const { exitCode, output } = await runNode([PRISMA_SCRIPT, 'migrate', 'deploy'], {
    ...process.env,
    DATABASE_URL: databaseUrl,
  });
  if (exitCode !== 0) throw new MigrateDeployError(summarizeFailure(output));
}

function runNode(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: PACKAGE_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}

/** Prisma's reason on one line: its `Error:` block, or else the last thing it printed. */
function summarizeFailure(output: string): string {
  const text = stripVTControlCharacters(output);
  const errorStart = text.search(/^Error:/m);
  const lines = (errorStart >= 0 ? text.slice(errorStart) : text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const reason = (errorStart >= 0 ? lines : lines.slice(-3)).join(' ').replace(/^Error:\s*/, '');
  return reason || 'the Prisma CLI exited without output.';
}
