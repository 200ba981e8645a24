import type { Resolvers } from '../../generated/graphql.js';
import { ImportBatch } from './resolvers/ImportBatch.js';
import { importBatches } from './resolvers/Query/importBatches.js';

const resolvers: Resolvers = { Query: { importBatches }, ImportBatch };

export const importsModule = { resolvers };
