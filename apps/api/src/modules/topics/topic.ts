import type { Pillar, Tag } from '@atlas/db';

/** A topic as resolvers hand it around: a pillar, or a tag whose slug names no pillar. */
export interface Topic {
  slug: string;
  name: string;
  kind: 'PILLAR' | 'TAG';
  description: string | null;
}

export function pillarTopic(pillar: Pillar): Topic {
  return { slug: pillar.code, name: pillar.name, kind: 'PILLAR', description: pillar.description };
}

export function tagTopic(tag: Tag): Topic {
  return { slug: tag.slug, name: tag.name, kind: 'TAG', description: null };
}

/**
 * The topics of pillars and tags, pillars first, without repeats: a tag with a pillar's code as
 * its slug is that pillar's topic.
 */
export function mergeTopics(pillars: readonly Pillar[], tags: readonly Tag[]): Topic[] {
  const topics = new Map<string, Topic>();
  for (const pillar of pillars) topics.set(pillar.code, pillarTopic(pillar));
  for (const tag of tags) if (!topics.has(tag.slug)) topics.set(tag.slug, tagTopic(tag));
  return [...topics.values()];
}
