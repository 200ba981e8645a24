import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { config } from '@/lib/config';

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/studio', '/api/', '/embed/'] },
    sitemap: `${config.siteUrl}/sitemap.xml`,
  };
}
