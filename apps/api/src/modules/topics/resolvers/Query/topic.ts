import type { QueryResolvers } from '../../../../generated/graphql.js';
import { pillarTopic, tagTopic } from '../../topic.js';

export const topic: QueryResolvers['topic'] = async (_parent, { slug }, { prisma }) => {
  const pillar = await prisma.pillar.findUnique({ where: { code: slug } });
  if (pillar) return pillarTopic(pillar);
  const tag = await prisma.tag.findUnique({ where: { slug } });
  return tag ? tagTopic(tag) : null;
};
