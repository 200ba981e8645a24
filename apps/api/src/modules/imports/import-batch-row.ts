import type { ImportBatch } from '@atlas/db';

/** An import batch as the resolvers receive it, with the name of the key that made it, if any. */
export type ImportBatchRow = ImportBatch & { apiKey: { name: string } | null };
