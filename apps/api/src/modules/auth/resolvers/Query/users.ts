import type { QueryResolvers } from '../../../../generated/graphql.js';
import { requireRole } from '../../viewer.js';

export const users: QueryResolvers['users'] = (_parent, _args, { viewer, services }) => {
  requireRole(viewer, 'ADMIN', 'list users');
  return services.users.list();
};
