#!/usr/bin/env node
// Runs the Prisma CLI with the WebAssembly schema-engine bridge in place of the
// native engine that Prisma would otherwise download.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const engine = path.resolve(import.meta.dirname, 'schema-engine.mjs');
const result = spawnSync('prisma', process.argv.slice(2), {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engine, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
