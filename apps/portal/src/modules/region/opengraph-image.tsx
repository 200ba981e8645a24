import { ogCard, ogSize } from '@/components/og-card';
import { getRegion } from '@/lib/api/catalogue';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'Region profile on Compute Atlas';

export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  const region = await getRegion((await params).code);
  return ogCard({
    kicker: 'Region profile',
    title: region?.name ?? 'Region not found',
    detail: 'Computing Power Index standing, indicators and peers',
  });
}
