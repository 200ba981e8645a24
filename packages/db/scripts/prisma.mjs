#!/usr/bin/env node
// Runs this package's Prisma CLI with the WebAssembly schema-engine bridge in place of
// the native engine that Prisma would otherwise download. A command that needs a database
// when DATABASE_URL is unset gets the developer's local one: the running quick start's, or
// the same embedded cluster started for the duration of the command.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const args = process.argv.slice(2);
const repoRoot = path.resolve(import.meta.dirname, '../../..');

if (needsDatabase(args) && !process.env.DATABASE_URL) {
  process.exit(await runOnLocalDatabase(args));
}
process.exit(await runPrisma(args, process.env));

/** @param {readonly string[]} commandLine @param {NodeJS.ProcessEnv} env @returns {Promise<number>} */
function runPrisma(commandLine, env) {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const child = spawn(process.execPath, [cli, ...commandLine], {
    stdio: 'inherit',
    env: {
      ...env,
      PRISMA_SCHEMA_ENGINE_BINARY: path.resolve(import.meta.dirname, 'schema-engine.mjs'),
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

/** @param {readonly string[]} commandLine @returns {Promise<number>} */
async function runOnLocalDatabase(commandLine) {
  // The database code is TypeScript; tsx loads it without a build (this runs before one).
  const { tsImport } = await import('tsx/esm/api');
  /** @type {typeof import('../src/embedded/local-database.ts')} */
  const { openLocalDatabase } = await tsImport(
    '../src/embedded/local-database.ts',
    import.meta.url,
  );
  const dataDir = path.resolve(repoRoot, process.env.ATLAS_DATA_DIR || '.data');
  let database;
  try {
    database = await openLocalDatabase(dataDir);
  } catch (error) {
    const { name, message } = /** @type {Error} */ (error);
    process.stderr.write(`prisma: no DATABASE_URL and no local database: ${name}: ${message}\n`);
    return 1;
  }
  process.stderr.write(`prisma: DATABASE_URL is not set, using ${database.description}\n`);
  // Ctrl-C reaches Prisma too; wait for it to finish, then stop the server we started.
  const ignoreInterrupt = () => undefined;
  process.on('SIGINT', ignoreInterrupt);
  try {
    return await runPrisma(commandLine, { ...process.env, DATABASE_URL: database.url });
  } finally {
    await database.stop();
    process.off('SIGINT', ignoreInterrupt);
  }
}

/**
 * Whether the command works on the database the config's datasource names.
 * @param {readonly string[]} commandLine
 */
function needsDatabase(commandLine) {
  const [command, subcommand, ...rest] = commandLine;
  if (commandLine.includes('--help') || commandLine.includes('-h')) return false;
  if (command === 'migrate' && subcommand === 'diff') {
    // Replaying migrations needs a shadow database, created next to the configured one.
    return rest.some((flag) => /^--(from|to)-(migrations|config-datasource)\b/.test(flag));
  }
  return command === 'migrate' || (command === 'db' && subcommand !== 'seed');
}
