import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { config } from '@/lib/config';
import { listPillars, listRegions } from '@/lib/api/catalogue';
import { listArticles } from '@/modules/article/lib/articles';
import { listTopics } from '@/modules/topic/lib/topics';

const sections = [
  '',
  '/articles',
  '/topics',
  '/indicators',
  '/regions',
  '/computing-power-index',
  '/rankings',
  '/sources',
  '/glossary',
  '/about',
  '/search',
];

/** Every public page: the sections, each published article, topic, indicator and region. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [articles, topics, pillars, regions] = await Promise.all([
    listArticles(100),
    listTopics(),
    listPillars(),
    listRegions(),
  ]);
  const url = (path: string) => `${config.siteUrl}${path}`;
  return [
    ...sections.map((path) => ({ url: url(path || '/') })),
    ...articles.map((article) => ({
      url: url(`/articles/${article.slug}`),
      lastModified: article.publishedAt ?? undefined,
    })),
    ...topics.map((topic) => ({ url: url(`/topics/${topic.slug}`) })),
    ...pillars.flatMap((pillar) =>
      pillar.indicators.map((indicator) => ({ url: url(`/indicators/${indicator.code}`) })),
    ),
    ...regions.map((region) => ({ url: url(`/regions/${region.code}`) })),
  ];
}
