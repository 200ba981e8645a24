import { ApiError } from '../../../../errors.js';
import type { MutationResolvers } from '../../../../generated/graphql.js';
import { scopeFromSchema } from '../../scopes.js';
import { requireRole, userActor } from '../../viewer.js';

export const createApiKey: MutationResolvers['createApiKey'] = (
  _parent,
  { name, scopes },
  { viewer, services },
) => {
  const admin = requireRole(viewer, 'ADMIN', 'create API keys');
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100)
    throw new ApiError('BAD_USER_INPUT', 'name must have 1 to 100 characters');
  if (scopes.length === 0) throw new ApiError('BAD_USER_INPUT', 'a key needs at least one scope');
  return services.apiKeys.create(
    { name: trimmed, scopes: scopes.map(scopeFromSchema) },
    { ...userActor(admin), userId: admin.id },
  );
};
