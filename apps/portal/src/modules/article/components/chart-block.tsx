import { LineChart } from '@/components/charts/line-chart';
import { SourceLine } from '@/components/source-citation';
import { formatPeriod } from '@/lib/format';
import type { BlockData } from '../lib/load-blocks';

/** A `::chart` block: the line chart with its caption, linking to the indicator page, and its sources. */
export function ChartBlock({ block }: { block: Extract<BlockData, { kind: 'chart' }> }) {
  const { spec, indicator } = block;
  const range =
    spec.from || spec.to
      ? `, ${spec.from ? formatPeriod(spec.from) : 'first'}–${spec.to ? formatPeriod(spec.to) : 'latest'}`
      : '';
  return (
    <figure className="my-8 rounded-lg border border-line p-4" data-chart={indicator.code}>
      <figcaption className="mb-3">
        <a
          href={`/indicators/${indicator.code}?regions=${spec.regions.join(',')}`}
          className="font-semibold hover:underline"
        >
          {indicator.name}
        </a>
        <span className="text-muted">{range}</span>
      </figcaption>
      <LineChart
        series={block.series}
        unit={indicator.unit}
        scale={spec.scale}
        description={`Line chart of ${indicator.name} (${indicator.unit}) for ${block.series.map((s) => s.label).join(', ')}${range}.`}
      />
      <SourceLine sources={block.sources} listId="how-we-know" />
    </figure>
  );
}
