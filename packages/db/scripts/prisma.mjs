#!/usr/bin/env node
// Runs this package's Prisma CLI with the WebAssembly schema-engine bridge in place of
// the native engine that Prisma would otherwise download.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const args = process.argv.slice(2);

if (needsDatabase(args) && !process.env.DATABASE_URL) {
  process.stderr.write(
    `prisma ${args.slice(0, 2).join(' ')} needs a database: set DATABASE_URL=postgresql://user@host:port/database, or start the embedded stack (pnpm start) and use the databaseUrl in .data/stack.json.\n`,
  );
  process.exit(1);
}

const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.resolve(import.meta.dirname, 'schema-engine.mjs'),
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
process.exit(result.status ?? 1);

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
