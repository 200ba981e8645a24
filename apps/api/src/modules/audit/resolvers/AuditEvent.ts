import type { AuditEventResolvers } from '../../../generated/graphql.js';

export const AuditEvent: AuditEventResolvers = {
  before: (event) => (event.before === null ? null : JSON.stringify(event.before)),
  after: (event) => (event.after === null ? null : JSON.stringify(event.after)),
  actor: (event, _args, { loaders }) =>
    event.actorUserId === null ? null : loaders.auth.userById.load(event.actorUserId),
  apiKeyName: (event) => event.apiKey?.name ?? null,
};
