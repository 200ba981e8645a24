import type { ImportBatchResolvers } from '../../../generated/graphql.js';

export const ImportBatch: ImportBatchResolvers = {
  createdBy: (batch, _args, { loaders }) =>
    batch.createdById === null ? null : loaders.auth.userById.load(batch.createdById),
  apiKeyName: (batch) => batch.apiKey?.name ?? null,
};
