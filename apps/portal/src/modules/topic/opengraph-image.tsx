import { ogCard, ogSize } from '@/components/og-card';
import { getTopic } from './lib/topics';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'Topic on Compute Atlas';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const topic = await getTopic((await params).slug);
  return ogCard({
    kicker: 'Topic',
    title: topic?.name ?? 'Topic not found',
    detail: topic?.description ?? undefined,
  });
}
