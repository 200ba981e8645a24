import type { PrismaClient } from '@atlas/db';
import { ApiKeyService } from '../auth/api-key-service.js';
import { SessionService } from '../auth/session-service.js';
import { UserService } from '../auth/user-service.js';
import { ObservationImportService } from '../imports/observation-import-service.js';
import { ArticleWorkflowService } from './article-workflow-service.js';
import { AuditLogService } from './audit-log-service.js';
import { MetadataService } from './metadata-service.js';
import type { PublicChangeListener } from './public-change.js';

/** The services behind everything that changes data, created once per server. */
export interface EditorialServices {
  sessions: SessionService;
  apiKeys: ApiKeyService;
  users: UserService;
  articles: ArticleWorkflowService;
  metadata: MetadataService;
  auditLog: AuditLogService;
  imports: ObservationImportService;
}

export function createEditorialServices(
  prisma: PrismaClient,
  onPublicChange: PublicChangeListener,
): EditorialServices {
  return {
    sessions: new SessionService(prisma),
    apiKeys: new ApiKeyService(prisma),
    users: new UserService(prisma),
    articles: new ArticleWorkflowService(prisma, onPublicChange),
    metadata: new MetadataService(prisma, onPublicChange),
    auditLog: new AuditLogService(prisma),
    imports: new ObservationImportService(prisma, onPublicChange),
  };
}
