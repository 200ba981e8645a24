import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { config } from '@/lib/config';
import { listPillars, listRegions } from '@/lib/api/catalogue';
import { listArticles } from '@/modules/article/lib/articles';

const sections = [
  '',
  '/articles',
  '/indicators',
  '/regions',
  '/computing-power-index',
  '/rankings',
  '/sources',
  '/about',
  '/search',
];

/** Every public page: the sections, each published article, indicator and region. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [articles, pillars, regions] = await Promise.all([
    listArticles(100),
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
    ...pillars.flatMap((pillar) =>
      pillar.indicators.map((indicator) => ({ url: url(`/indicators/${indicator.code}`) })),
    ),
    ...regions.map((region) => ({ url: url(`/regions/${region.code}`) })),
  ];
}
