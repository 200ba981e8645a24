import { randomBytes } from 'node:crypto';
import type { ApiKey, PrismaClient } from '@atlas/db';
import { recordAuditEvent, type Actor } from '../audit/audit-log.js';
import { generateToken, hashToken, tokensEqual } from './tokens.js';

/** What a key may do; a key holds one or more. */
export const apiKeyScopes = ['observations:write'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

const keyPattern = /^atlas_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export interface AuthenticatedKey {
  id: number;
  name: string;
  scopes: string[];
}

export class ApiKeyService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Creates a key and returns its secret, which is never shown again: only its hash is kept. */
  async create(
    input: { name: string; scopes: readonly ApiKeyScope[] },
    actor: Actor & { userId: number },
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const prefix = randomBytes(8).toString('hex').slice(0, 10);
    const secret = `atlas_${prefix}_${generateToken()}`;
    const apiKey = await this.prisma.$transaction(async (tx) => {
      const created = await tx.apiKey.create({
        data: {
          name: input.name,
          prefix,
          keyHash: hashToken(secret),
          scopes: [...new Set(input.scopes)],
          createdById: actor.userId,
        },
      });
      await recordAuditEvent(tx, actor, {
        action: 'apiKey.create',
        entityType: 'ApiKey',
        entityId: created.id,
        after: { name: created.name, prefix, scopes: created.scopes },
      });
      return created;
    });
    return { apiKey, secret };
  }

  /** Revokes a key; returns null when there is no such key. Revoking twice keeps the first time. */
  async revoke(id: number, actor: Actor): Promise<ApiKey | null> {
    return this.prisma.$transaction(async (tx) => {
      const existing = await tx.apiKey.findUnique({ where: { id } });
      if (!existing) return null;
      if (existing.revokedAt) return existing;
      const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
      await recordAuditEvent(tx, actor, {
        action: 'apiKey.revoke',
        entityType: 'ApiKey',
        entityId: id,
        before: { revokedAt: null },
        after: { revokedAt: revoked.revokedAt?.toISOString() ?? null },
      });
      return revoked;
    });
  }

  async list(): Promise<ApiKey[]> {
    return this.prisma.apiKey.findMany({ orderBy: { createdAt: 'desc' } });
  }

  /** The key a secret belongs to when it is valid and not revoked, else null. */
  async authenticate(secret: string): Promise<AuthenticatedKey | null> {
    const match = keyPattern.exec(secret);
    if (!match) return null;
    const apiKey = await this.prisma.apiKey.findUnique({ where: { prefix: match[1] } });
    if (!apiKey || apiKey.revokedAt || !tokensEqual(apiKey.keyHash, hashToken(secret))) return null;
    await this.prisma.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date() } });
    return { id: apiKey.id, name: apiKey.name, scopes: apiKey.scopes };
  }
}
