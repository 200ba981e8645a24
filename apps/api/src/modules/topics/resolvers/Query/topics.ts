import type { QueryResolvers } from '../../../../generated/graphql.js';
import { mergeTopics } from '../../topic.js';

export const topics: QueryResolvers['topics'] = async (_parent, _args, { prisma, loaders }) => {
  const [pillars, tags] = await Promise.all([
    prisma.pillar.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }] }),
    prisma.tag.findMany({ orderBy: { name: 'asc' } }),
  ]);
  const all = mergeTopics(pillars, tags);
  const articles = await loaders.topics.articlesByTopicSlug.loadMany(all.map(({ slug }) => slug));
  return all.filter((_topic, index) => {
    const found = articles[index];
    if (found instanceof Error) throw found;
    return found!.length > 0;
  });
};
