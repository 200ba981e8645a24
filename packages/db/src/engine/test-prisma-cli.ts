import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const PACKAGE_DIR = path.resolve(import.meta.dirname, '../..');
export const REPO_PRISMA_DIR = path.resolve(PACKAGE_DIR, '../../prisma');
export const PRISMA_SCRIPT = path.join(PACKAGE_DIR, 'scripts/prisma.mjs');
export const ENGINE_SCRIPT = path.join(PACKAGE_DIR, 'scripts/schema-engine.mjs');

export interface ProcessResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a Node script to completion and collects its output (colours removed). */
export function runNodeScript(
  script: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: PACKAGE_DIR,
      env: options.env ?? process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolve({
        exitCode,
        stdout: stripVTControlCharacters(stdout),
        stderr: stripVTControlCharacters(stderr),
      }),
    );
    child.stdin.end(options.input ?? '');
  });
}

/** A copy of the repository's schema and migrations, with a config pointing at it. */
export interface TempPrismaProject {
  dir: string;
  schemaPath: string;
  migrationsDir: string;
  configPath: string;
  /** Runs `scripts/prisma.mjs` on this project against the database. */
  prisma(args: readonly string[], databaseUrl: string): Promise<ProcessResult>;
  remove(): Promise<void>;
}

export async function createTempPrismaProject(): Promise<TempPrismaProject> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-prisma-project-'));
  const schemaPath = path.join(dir, 'schema.prisma');
  const migrationsDir = path.join(dir, 'migrations');
  const configPath = path.join(dir, 'prisma.config.ts');
  await cp(path.join(REPO_PRISMA_DIR, 'schema.prisma'), schemaPath);
  await cp(path.join(REPO_PRISMA_DIR, 'migrations'), migrationsDir, { recursive: true });
  // A plain object: the folder has no node_modules to import defineConfig from.
  await writeFile(
    configPath,
    `export default {
  schema: ${JSON.stringify(schemaPath)},
  migrations: { path: ${JSON.stringify(migrationsDir)} },
  datasource: { url: process.env.DATABASE_URL ?? '' },
};
`,
  );
  return {
    dir,
    schemaPath,
    migrationsDir,
    configPath,
    prisma: (args, databaseUrl) =>
      runNodeScript(PRISMA_SCRIPT, [...args, '--config', configPath], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
