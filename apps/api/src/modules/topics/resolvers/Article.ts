import type { ArticleResolvers } from '../../../generated/graphql.js';
import { badUserInput } from '../../../errors.js';
import { loadExisting } from '../../../loaders/load-existing.js';
import { mergeTopics } from '../topic.js';

export const maxRelated = 12;

export const Article: ArticleResolvers = {
  topics: async (article, _args, { loaders }) => {
    const [indicators, tags] = await Promise.all([
      loaders.articles.indicatorsByArticleId.load(article.id),
      loaders.articles.tagsByArticleId.load(article.id),
    ]);
    const pillarIds = [...new Set(indicators.map((indicator) => indicator.pillarId))];
    const pillars = await Promise.all(
      pillarIds.map((id) => loadExisting(loaders.indicators.pillarById, id, 'pillar')),
    );
    pillars.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    return mergeTopics(pillars, tags);
  },
  related: async (article, { first }, { loaders }) => {
    if (first < 1 || first > maxRelated) {
      throw badUserInput(`first must be between 1 and ${maxRelated}, got ${first}`, 'first');
    }
    return (await loaders.topics.relatedByArticleId.load(article.id)).slice(0, first);
  },
};
