import { graphql } from '@/gql';

export const ImportBatchesQuery = graphql(`
  query ImportBatches($first: Int!) {
    importBatches(first: $first) {
      id
      fileName
      rowCount
      added
      changed
      unchanged
      createdAt
      apiKeyName
      createdBy {
        name
      }
    }
  }
`);
