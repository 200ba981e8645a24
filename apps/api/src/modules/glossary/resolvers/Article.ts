import type { ArticleResolvers } from '../../../generated/graphql.js';

export const Article: ArticleResolvers = {
  glossaryTerms: (article, _args, { loaders }) => loaders.glossary.markedIn(article.body),
};
