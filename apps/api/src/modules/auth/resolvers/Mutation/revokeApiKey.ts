import { ApiError } from '../../../../errors.js';
import type { MutationResolvers } from '../../../../generated/graphql.js';
import { requireRole, userActor } from '../../viewer.js';

export const revokeApiKey: MutationResolvers['revokeApiKey'] = async (
  _parent,
  { id },
  { viewer, services },
) => {
  const admin = requireRole(viewer, 'ADMIN', 'revoke API keys');
  const apiKey = await services.apiKeys.revoke(id, userActor(admin));
  if (!apiKey) throw new ApiError('NOT_FOUND', `API key ${id} does not exist.`);
  return apiKey;
};
