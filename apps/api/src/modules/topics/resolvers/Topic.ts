import type { TopicResolvers } from '../../../generated/graphql.js';

export const Topic: TopicResolvers = {
  articles: (topic, _args, { loaders }) => loaders.topics.articlesByTopicSlug.load(topic.slug),
};
