import type { AuditEvent, Prisma, PrismaClient } from '@atlas/db';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { badUserInput } from '../../errors.js';

export interface AuditEventFilter {
  entityType?: string | null;
  entityId?: string | null;
  action?: string | null;
  actorEmail?: string | null;
}

export type AuditEventWithActor = AuditEvent & {
  actorUser: { id: number; email: string; name: string } | null;
  apiKey: { id: number; name: string; prefix: string } | null;
};

/** Browsing the audit log, newest first; for admins only. */
export class AuditLogService {
  constructor(private readonly prisma: PrismaClient) {}

  /** A page of events; pass the id of the last event seen as `before` for the next page. */
  async list(
    viewer: Viewer | null,
    options: { filter: AuditEventFilter; first: number; before: number | null },
  ): Promise<AuditEventWithActor[]> {
    requireRole(viewer, 'ADMIN', 'read the audit log');
    if (!Number.isInteger(options.first) || options.first < 1 || options.first > 200) {
      throw badUserInput('first must be between 1 and 200');
    }
    const { entityType, entityId, action, actorEmail } = options.filter;
    const where: Prisma.AuditEventWhereInput = {
      ...(entityType ? { entityType } : {}),
      ...(entityId ? { entityId } : {}),
      ...(action ? { action: { startsWith: action } } : {}),
      ...(actorEmail ? { actorUser: { email: actorEmail.trim().toLowerCase() } } : {}),
      ...(options.before ? { id: { lt: options.before } } : {}),
    };
    return this.prisma.auditEvent.findMany({
      where,
      orderBy: { id: 'desc' },
      take: options.first,
      include: {
        actorUser: { select: { id: true, email: true, name: true } },
        apiKey: { select: { id: true, name: true, prefix: true } },
      },
    });
  }
}
