import type { MutationResolvers } from '../../../../generated/graphql.js';
import { withUserInput } from '../../user-input.js';
import { requireRole, userActor } from '../../viewer.js';

export const createUser: MutationResolvers['createUser'] = (
  _parent,
  { input },
  { viewer, services },
) => {
  const admin = requireRole(viewer, 'ADMIN', 'create users');
  return withUserInput(() => services.users.create(input, userActor(admin)));
};
