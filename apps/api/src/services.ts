import type { PrismaClient } from '@atlas/db';
import type { PublicChangeListener } from './changes/public-change.js';
import { ArticleWorkflowService } from './modules/article-workflow/article-workflow-service.js';
import { AuditLogService } from './modules/audit/audit-log-service.js';
import { ApiKeyService } from './modules/auth/api-key-service.js';
import { SessionService } from './modules/auth/session-service.js';
import { UserService } from './modules/auth/user-service.js';
import { MetadataService } from './modules/catalogue-admin/metadata-service.js';
import { GlossaryService } from './modules/glossary/glossary-service.js';
import { ObservationImportService } from './modules/imports/observation-import-service.js';

/**
 * The services behind sign-in and everything that changes data, created once per server. This
 * is the one place that assembles them: modules never import each other's services, and each
 * service that changes what the public sees is handed the one listener it reports changes to.
 */
export interface Services {
  sessions: SessionService;
  apiKeys: ApiKeyService;
  users: UserService;
  articles: ArticleWorkflowService;
  metadata: MetadataService;
  glossary: GlossaryService;
  auditLog: AuditLogService;
  imports: ObservationImportService;
}

export function createServices(
  prisma: PrismaClient,
  onPublicChange: PublicChangeListener,
): Services {
  return {
    sessions: new SessionService(prisma),
    apiKeys: new ApiKeyService(prisma),
    users: new UserService(prisma),
    articles: new ArticleWorkflowService(prisma, onPublicChange),
    metadata: new MetadataService(prisma, onPublicChange),
    glossary: new GlossaryService(prisma, onPublicChange),
    auditLog: new AuditLogService(prisma),
    imports: new ObservationImportService(prisma, onPublicChange),
  };
}
