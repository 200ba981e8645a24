import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LineChart } from '@/components/charts/line-chart';
import { SourceLine } from '@/components/source-citation';
import { loadShownData } from './lib/load-indicator-page';
import { parseViewState, viewQuery } from './lib/view-state';

export const metadata: Metadata = { robots: { index: false } };

/** The chart of an indicator alone, for other sites to show in an iframe; it links back to the full view. */
export default async function EmbeddedChart({
  params,
  searchParams,
}: PageProps<'/embed/indicators/[code]'>) {
  const { code } = await params;
  const shown = await loadShownData(code, {
    ...parseViewState(await searchParams),
    view: 'chart',
  });
  if (!shown) notFound();
  const { indicator, state, unit, series, sources } = shown.view;
  const regionNames = series.map((item) => item.label).join(', ');
  return (
    <main className="p-3">
      <figure data-chart={indicator.code}>
        <figcaption className="mb-2">
          <a
            href={`/indicators/${indicator.code}${viewQuery(state)}`}
            target="_blank"
            rel="noopener"
            className="font-semibold hover:underline"
          >
            {indicator.name}
          </a>
        </figcaption>
        <LineChart
          series={series}
          unit={unit}
          scale={state.scale}
          description={`Line chart of ${indicator.name} (${unit}) for ${regionNames}.`}
        />
        <SourceLine sources={sources} />
        <p className="mt-1 text-xs text-muted">Compute Atlas</p>
      </figure>
    </main>
  );
}
