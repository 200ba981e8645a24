import type { ArticleSaveResultResolvers } from '../../../generated/graphql.js';
import { isArticleConflict } from '../article-conflict.js';

export const ArticleSaveResult: ArticleSaveResultResolvers = {
  __resolveType: (result) => (isArticleConflict(result) ? 'ArticleConflict' : 'StudioArticle'),
};
