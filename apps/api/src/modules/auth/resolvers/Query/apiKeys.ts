import type { QueryResolvers } from '../../../../generated/graphql.js';
import { requireRole } from '../../viewer.js';

export const apiKeys: QueryResolvers['apiKeys'] = (_parent, _args, { viewer, services }) => {
  requireRole(viewer, 'ADMIN', 'list API keys');
  return services.apiKeys.list();
};
