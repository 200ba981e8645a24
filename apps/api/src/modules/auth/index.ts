import type { Resolvers } from '../../generated/graphql.js';
import { ApiKey } from './resolvers/ApiKey.js';
import { createApiKey } from './resolvers/Mutation/createApiKey.js';
import { createUser } from './resolvers/Mutation/createUser.js';
import { revokeApiKey } from './resolvers/Mutation/revokeApiKey.js';
import { updateUser } from './resolvers/Mutation/updateUser.js';
import { apiKeys } from './resolvers/Query/apiKeys.js';
import { users } from './resolvers/Query/users.js';
import { viewer } from './resolvers/Query/viewer.js';
import { User } from './resolvers/User.js';

const resolvers: Resolvers = {
  Query: { viewer, users, apiKeys },
  Mutation: { createUser, updateUser, createApiKey, revokeApiKey },
  User,
  ApiKey,
};

export const authModule = { resolvers };
