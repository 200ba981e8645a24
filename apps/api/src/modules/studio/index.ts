import type { Resolvers } from '../../generated/graphql.js';
import { ArticleRevision } from './resolvers/ArticleRevision.js';
import { AuditEvent } from './resolvers/AuditEvent.js';
import { archiveArticle } from './resolvers/Mutation/archiveArticle.js';
import { createArticle } from './resolvers/Mutation/createArticle.js';
import { createSource } from './resolvers/Mutation/createSource.js';
import { publishArticle } from './resolvers/Mutation/publishArticle.js';
import { restoreArticleRevision } from './resolvers/Mutation/restoreArticleRevision.js';
import { saveArticle } from './resolvers/Mutation/saveArticle.js';
import { submitArticle } from './resolvers/Mutation/submitArticle.js';
import { unarchiveArticle } from './resolvers/Mutation/unarchiveArticle.js';
import { unpublishArticle } from './resolvers/Mutation/unpublishArticle.js';
import { updateIndicator } from './resolvers/Mutation/updateIndicator.js';
import { updatePillar } from './resolvers/Mutation/updatePillar.js';
import { updateRegion } from './resolvers/Mutation/updateRegion.js';
import { updateSource } from './resolvers/Mutation/updateSource.js';
import { articleDiff } from './resolvers/Query/articleDiff.js';
import { auditEvents } from './resolvers/Query/auditEvents.js';
import { studioArticle } from './resolvers/Query/studioArticle.js';
import { studioArticles } from './resolvers/Query/studioArticles.js';
import { studioSources } from './resolvers/Query/studioSources.js';
import { StudioArticle } from './resolvers/StudioArticle.js';

const resolvers: Resolvers = {
  Query: { studioArticles, studioArticle, articleDiff, studioSources, auditEvents },
  Mutation: {
    createArticle,
    saveArticle,
    restoreArticleRevision,
    submitArticle,
    publishArticle,
    unpublishArticle,
    archiveArticle,
    unarchiveArticle,
    updateIndicator,
    updatePillar,
    updateRegion,
    updateSource,
    createSource,
  },
  StudioArticle,
  ArticleRevision,
  AuditEvent,
};

export const studioModule = { resolvers };
