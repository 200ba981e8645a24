import { ogCard, ogSize } from '@/components/og-card';
import { getIndicator } from '@/lib/api/catalogue';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'Indicator on Compute Atlas';

export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  const indicator = await getIndicator((await params).code);
  return ogCard({
    kicker: indicator ? `Indicator · ${indicator.pillar.name}` : 'Indicator',
    title: indicator?.name ?? 'Indicator not found',
    detail: indicator ? `${indicator.unit} · chart, map, table, sources and CSV` : undefined,
  });
}
