import type { Prisma } from '@atlas/db';

/** Who made a change: a signed-in person, or a machine client through its API key. */
export interface Actor {
  userId: number | null;
  apiKeyId: number | null;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

type Writer = Pick<Prisma.TransactionClient, 'auditEvent'>;

/** Appends one entry to the audit log, inside the caller's transaction when given one. */
export async function recordAuditEvent(db: Writer, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      actorUserId: actor.userId,
      apiKeyId: actor.apiKeyId,
    },
  });
}
