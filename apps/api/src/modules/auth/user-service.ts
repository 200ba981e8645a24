import type { PrismaClient, User } from '@atlas/db';
import { recordAuditEvent, type Actor } from '../audit/audit-log.js';
import { checkPasswordStrength, hashPassword } from './password.js';
import { normaliseEmail } from './session-service.js';
import type { Role } from './viewer.js';

/** An input a person can fix: the message says what is wrong. */
export class UserInputError extends Error {
  override readonly name = 'UserInputError';
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// What the audit log keeps of a user: never the password hash.
function auditedUser(user: User) {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
  };
}

export class UserService {
  constructor(private readonly prisma: PrismaClient) {}

  async create(
    input: { email: string; name: string; role: Role; password: string },
    actor: Actor | null,
  ): Promise<User> {
    const email = normaliseEmail(input.email);
    if (!emailPattern.test(email))
      throw new UserInputError(`"${input.email}" is not an email address`);
    const name = input.name.trim();
    if (!name) throw new UserInputError('the name is empty');
    const weakness = checkPasswordStrength(input.password);
    if (weakness) throw new UserInputError(weakness);
    if (await this.prisma.user.findUnique({ where: { email } })) {
      throw new UserInputError(`a user with the email ${email} already exists`);
    }
    const passwordHash = await hashPassword(input.password);
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, role: input.role, passwordHash } });
      await recordAuditEvent(tx, actor ?? { userId: null, apiKeyId: null }, {
        action: 'user.create',
        entityType: 'User',
        entityId: user.id,
        after: auditedUser(user),
      });
      return user;
    });
  }

  /**
   * Changes role, name, password or the disabled flag. Disabling a user or changing their
   * password ends their sessions.
   */
  async update(
    id: number,
    input: { name?: string; role?: Role; disabled?: boolean; password?: string },
    actor: Actor,
  ): Promise<User | null> {
    if (input.password !== undefined) {
      const weakness = checkPasswordStrength(input.password);
      if (weakness) throw new UserInputError(weakness);
    }
    if (input.name !== undefined && !input.name.trim())
      throw new UserInputError('the name is empty');
    const passwordHash =
      input.password === undefined ? undefined : await hashPassword(input.password);
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id } });
      if (!before) return null;
      if (before.id === actor.userId && (input.disabled === true || input.role === 'EDITOR')) {
        throw new UserInputError('you cannot disable yourself or take away your own admin role');
      }
      const disabledAt =
        input.disabled === undefined
          ? undefined
          : input.disabled
            ? (before.disabledAt ?? new Date())
            : null;
      const user = await tx.user.update({
        where: { id },
        data: { name: input.name?.trim(), role: input.role, disabledAt, passwordHash },
      });
      if (input.disabled === true || passwordHash)
        await tx.session.deleteMany({ where: { userId: id } });
      await recordAuditEvent(tx, actor, {
        action: passwordHash ? 'user.update.password' : 'user.update',
        entityType: 'User',
        entityId: id,
        before: auditedUser(before),
        after: auditedUser(user),
      });
      return user;
    });
  }

  async list(): Promise<User[]> {
    return this.prisma.user.findMany({ orderBy: [{ role: 'desc' }, { email: 'asc' }] });
  }
}
