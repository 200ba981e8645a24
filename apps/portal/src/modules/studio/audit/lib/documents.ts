import { graphql } from '@/gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $before: Int) {
    auditEvents(filter: $filter, first: $first, before: $before) {
      id
      action
      entityType
      entityId
      before
      after
      createdAt
      apiKeyName
      actor {
        name
        email
      }
    }
  }
`);
