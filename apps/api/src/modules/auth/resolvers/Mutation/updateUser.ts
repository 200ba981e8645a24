import { ApiError } from '../../../../errors.js';
import type { MutationResolvers } from '../../../../generated/graphql.js';
import { withUserInput } from '../../user-input.js';
import { requireRole, userActor } from '../../viewer.js';

export const updateUser: MutationResolvers['updateUser'] = async (
  _parent,
  { id, input },
  { viewer, services },
) => {
  const admin = requireRole(viewer, 'ADMIN', 'change users');
  const changes = {
    name: input.name ?? undefined,
    role: input.role ?? undefined,
    disabled: input.disabled ?? undefined,
    password: input.password ?? undefined,
  };
  const user = await withUserInput(() => services.users.update(id, changes, userActor(admin)));
  if (!user) throw new ApiError('NOT_FOUND', `User ${id} does not exist.`);
  return user;
};
