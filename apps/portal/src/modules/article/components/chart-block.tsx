import { LineChart } from '@/components/charts/line-chart';
import { CiteThis } from '@/components/cite-this';
import { SourceLine } from '@/components/source-citation';
import { latestPeriod } from '@/lib/citation';
import { config } from '@/lib/config';
import { formatPeriod } from '@/lib/format';
import { viewQuery } from '@/modules/indicator/lib/view-state';
import type { BlockData } from '../lib/load-blocks';

/**
 * A `::chart` block: the line chart with its caption, linking to the indicator page in the same
 * regions and scale, its sources, and (when `citable`) its citation.
 */
export function ChartBlock({
  block,
  citable,
}: {
  block: Extract<BlockData, { kind: 'chart' }>;
  citable: boolean;
}) {
  const { spec, indicator } = block;
  const range =
    spec.from || spec.to
      ? `, ${spec.from ? formatPeriod(spec.from) : 'first'}–${spec.to ? formatPeriod(spec.to) : 'latest'}`
      : '';
  const regionNames = block.series.map((s) => s.label).join(', ');
  const indicatorPath = `/indicators/${indicator.code}${viewQuery({
    view: 'chart',
    regions: spec.regions,
    scale: spec.scale ?? 'linear',
    measure: 'absolute',
  })}`;
  return (
    <figure className="my-8 rounded-lg border border-line p-4" data-chart={indicator.code}>
      <figcaption className="mb-3">
        <a href={indicatorPath} className="font-semibold hover:underline">
          {indicator.name}
        </a>
        <span className="text-muted">{range}</span>
      </figcaption>
      <LineChart
        series={block.series}
        unit={indicator.unit}
        scale={spec.scale}
        description={`Line chart of ${indicator.name} (${indicator.unit}) for ${regionNames}${range}.`}
      />
      <SourceLine sources={block.sources} listId="how-we-know" />
      {citable ? (
        <div className="mt-3">
          <CiteThis
            what="this chart"
            citationKey={`${indicator.code}:${spec.regions.join('-')}`}
            title={`${indicator.name}: ${regionNames}`}
            url={`${config.siteUrl}${indicatorPath}`}
            figuresTo={latestPeriod(block.series.flatMap((s) => s.points.map((p) => p.period)))}
            renderedAt={new Date().toISOString()}
          />
        </div>
      ) : null}
    </figure>
  );
}
