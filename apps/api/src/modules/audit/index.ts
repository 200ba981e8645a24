import type { Resolvers } from '../../generated/graphql.js';
import { AuditEvent } from './resolvers/AuditEvent.js';
import { auditEvents } from './resolvers/Query/auditEvents.js';

const resolvers: Resolvers = { Query: { auditEvents }, AuditEvent };

export const auditModule = { resolvers };
