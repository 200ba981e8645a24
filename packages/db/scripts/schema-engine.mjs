#!/usr/bin/env node
// The schema engine the Prisma CLI runs (PRISMA_SCHEMA_ENGINE_BINARY): Prisma's own engine
// compiled to WebAssembly, bridged to the CLI's protocol by src/engine. Plain ES modules,
// so migrations work on a fresh clone before any build, without a transpiler at start-up.
import process from 'node:process';
import { reportCrash, runSchemaEngine } from '../src/engine/schema-engine-main.mjs';

process.on('uncaughtException', (error) => process.exit(reportCrash(error, process.stderr)));

// Exit explicitly: the engine keeps its database pool open until the process ends.
process.exit(await runSchemaEngine(process.argv.slice(2), process));
