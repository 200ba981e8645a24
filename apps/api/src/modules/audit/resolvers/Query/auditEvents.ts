import type { QueryResolvers } from '../../../../generated/graphql.js';

export const auditEvents: QueryResolvers['auditEvents'] = (
  _parent,
  { filter, first, before },
  { viewer, services },
) =>
  services.auditLog.list(viewer, {
    filter: filter ?? {},
    first,
    before: before ?? null,
  });
