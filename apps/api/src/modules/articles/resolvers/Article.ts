import type { ArticleResolvers } from '../../../generated/graphql.js';

export const Article: ArticleResolvers = {
  tags: (article, _args, { loaders }) => loaders.articles.tagsByArticleId.load(article.id),
  indicators: async (article, _args, { loaders }) =>
    loaders.indicators.prime(await loaders.articles.indicatorsByArticleId.load(article.id)),
  regions: async (article, _args, { loaders }) =>
    loaders.regions.prime(await loaders.articles.regionsByArticleId.load(article.id)),
};
