import type { UserResolvers } from '../../../generated/graphql.js';

export const User: UserResolvers = {
  disabled: (user) => user.disabledAt !== null,
};
