import { ogCard, ogSize } from '@/components/og-card';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'Compute Atlas: computing power in figures, every number with its source';

export default function Image() {
  return ogCard({
    kicker: 'Computing power in figures',
    title: 'How much computing power the world has, where it is, and what it costs',
  });
}
