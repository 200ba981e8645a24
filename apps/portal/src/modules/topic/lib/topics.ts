import 'server-only';
import { cache } from 'react';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import { requestApi } from '@/lib/api/client';

const TopicsQuery = graphql(`
  query Topics {
    topics {
      slug
      name
      kind
      description
      articles {
        slug
      }
    }
  }
`);

const TopicQuery = graphql(`
  query Topic($slug: String!) {
    topic(slug: $slug) {
      slug
      name
      kind
      description
      articles {
        ...ArticleCardFields
      }
    }
  }
`);

// Topics change with the articles, and pillar topics with the catalogue.
const topicTags = [cacheTags.articles, cacheTags.catalogue];

/** Every topic with published articles: pillars first, then tags. */
export async function listTopics() {
  const data = await requestApi(TopicsQuery, {}, { tags: topicTags });
  return data.topics;
}

/** One topic and its articles, or null when no pillar or tag has that slug. */
export const getTopic = cache(async (slug: string) => {
  const data = await requestApi(TopicQuery, { slug }, { tags: topicTags });
  return data.topic;
});
