import type { StudioArticleResolvers } from '../../../generated/graphql.js';

export const StudioArticle: StudioArticleResolvers = {
  author: (article, _args, { loaders }) =>
    article.authorId === null ? null : loaders.auth.userById.load(article.authorId),
  tags: (article, _args, { loaders }) => loaders.articles.tagsByArticleId.load(article.id),
  indicators: async (article, _args, { loaders }) =>
    loaders.indicators.prime(await loaders.articles.indicatorsByArticleId.load(article.id)),
  regions: async (article, _args, { loaders }) =>
    loaders.regions.prime(await loaders.articles.regionsByArticleId.load(article.id)),
  revisions: (article, _args, { viewer, services }) =>
    services.articles.revisions(viewer, article.id),
  allowedActions: (article, _args, { viewer, services }) =>
    services.articles.allowedActions(viewer, article),
  typedFigures: (article, _args, { viewer, services }) =>
    services.articles.typedFigures(viewer, article),
};
