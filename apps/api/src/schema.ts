import { readFile } from 'node:fs/promises';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { withDeadlineChecks } from './limits/timeout-plugin.js';
import { moduleResolvers } from './modules/index.js';

// The committed schema.graphql is the merged SDL of all modules (written by codegen); it sits
// beside both src/ and dist/, so the same relative path works in development and in builds.
const schemaFile = new URL('../schema.graphql', import.meta.url);

export async function createSchema(): Promise<GraphQLSchema> {
  const typeDefs = await readFile(schemaFile, 'utf8');
  return makeExecutableSchema({ typeDefs, resolvers: withDeadlineChecks(moduleResolvers) });
}
