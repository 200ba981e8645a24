import type { Resolvers } from '../../generated/graphql.js';
import { ArticleRevision } from './resolvers/ArticleRevision.js';
import { ArticleSaveResult } from './resolvers/ArticleSaveResult.js';
import { archiveArticle } from './resolvers/Mutation/archiveArticle.js';
import { confirmTypedFigures } from './resolvers/Mutation/confirmTypedFigures.js';
import { createArticle } from './resolvers/Mutation/createArticle.js';
import { publishArticle } from './resolvers/Mutation/publishArticle.js';
import { restoreArticleRevision } from './resolvers/Mutation/restoreArticleRevision.js';
import { saveArticle } from './resolvers/Mutation/saveArticle.js';
import { submitArticle } from './resolvers/Mutation/submitArticle.js';
import { unarchiveArticle } from './resolvers/Mutation/unarchiveArticle.js';
import { unpublishArticle } from './resolvers/Mutation/unpublishArticle.js';
import { articleDiff } from './resolvers/Query/articleDiff.js';
import { studioArticle } from './resolvers/Query/studioArticle.js';
import { studioArticles } from './resolvers/Query/studioArticles.js';
import { StudioArticle } from './resolvers/StudioArticle.js';

const resolvers: Resolvers = {
  Query: { studioArticles, studioArticle, articleDiff },
  Mutation: {
    createArticle,
    saveArticle,
    restoreArticleRevision,
    submitArticle,
    confirmTypedFigures,
    publishArticle,
    unpublishArticle,
    archiveArticle,
    unarchiveArticle,
  },
  StudioArticle,
  ArticleRevision,
  ArticleSaveResult,
};

export const articleWorkflowModule = { resolvers };
