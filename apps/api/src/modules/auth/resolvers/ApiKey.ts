import type { ApiKeyResolvers } from '../../../generated/graphql.js';
import { scopeToSchema } from '../scopes.js';

export const ApiKey: ApiKeyResolvers = {
  scopes: (apiKey) => apiKey.scopes.map(scopeToSchema),
  createdBy: async (apiKey, _args, { loaders }) => {
    const user = await loaders.auth.userById.load(apiKey.createdById);
    if (!user) throw new Error(`API key ${apiKey.id} has no creator`);
    return user;
  },
};
