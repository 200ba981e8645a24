import { ogCard, ogSize } from '@/components/og-card';
import { getArticle } from './lib/articles';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'Article on Compute Atlas';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = await getArticle((await params).slug);
  return ogCard({
    kicker: 'Article',
    title: article?.title ?? 'Article not found',
    detail: article?.summary,
  });
}
