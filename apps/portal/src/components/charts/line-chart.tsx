import { formatPeriod, formatValueWithUnit } from '@/lib/format';
import {
  layoutLineChart,
  plotSize,
  type ChartSeries,
  type ValueScale,
} from './line-chart-geometry';
import { seriesColor } from './series-colors';

interface LineChartProps {
  series: ChartSeries[];
  unit: string;
  /** What the chart shows, read by screen readers in place of the drawing. */
  description: string;
  scale?: ValueScale;
}

/**
 * A line chart over time rendered entirely on the server. The drawing is an SVG stretched
 * over a box of fixed aspect ratio (no layout shift); axis labels are HTML, so they keep
 * the page's type size at any width.
 */
export function LineChart({ series, unit, description, scale = 'linear' }: LineChartProps) {
  const geometry = layoutLineChart(series, scale);
  if (geometry.series.length === 0) {
    return <p className="text-muted">No values to chart for this selection.</p>;
  }
  return (
    <div>
      <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
        {geometry.series.map((item, index) => (
          <li key={item.id} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className="inline-block h-2.5 w-4 rounded-sm"
              style={{ background: seriesColor(index) }}
            />
            {item.label}
          </li>
        ))}
      </ul>
      <div
        role="img"
        aria-label={description}
        className="relative aspect-[4/3] w-full sm:aspect-[2/1] lg:aspect-[5/2]"
      >
        <div className="absolute top-2 right-3 bottom-7 left-12">
          {geometry.yTicks.map((tick) => (
            <span
              key={`y${tick.label}`}
              aria-hidden
              className="absolute -left-12 w-10 -translate-y-1/2 text-right text-xs text-muted tabular-nums"
              style={{ top: `${tick.at}%` }}
            >
              {tick.label}
            </span>
          ))}
          {geometry.xTicks.map((tick, index) => (
            <span
              key={`x${tick.label}`}
              aria-hidden
              className={`absolute -bottom-6 -translate-x-1/2 text-xs whitespace-nowrap text-muted ${index % 2 === 1 ? 'hidden sm:inline' : ''}`}
              style={{ left: `${tick.at}%` }}
            >
              {tick.label}
            </span>
          ))}
          <svg
            aria-hidden
            className="absolute inset-0 h-full w-full overflow-visible"
            viewBox={`0 0 ${plotSize} ${plotSize}`}
            preserveAspectRatio="none"
          >
            {geometry.yTicks.map((tick) => (
              <line
                key={tick.label}
                x1={0}
                x2={plotSize}
                y1={(tick.at / 100) * plotSize}
                y2={(tick.at / 100) * plotSize}
                stroke="var(--line)"
                strokeWidth={1}
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {geometry.series.map((item, index) => {
              const color = seriesColor(index);
              return (
                <g key={item.id}>
                  <path
                    d={item.path}
                    fill="none"
                    stroke={color}
                    strokeWidth={2.25}
                    strokeLinejoin="round"
                    vectorEffect="non-scaling-stroke"
                  />
                  {item.points.map((point) => (
                    <path
                      key={point.period}
                      d={`M${point.x} ${point.y}h0`}
                      stroke={color}
                      strokeWidth={7}
                      strokeLinecap="round"
                      vectorEffect="non-scaling-stroke"
                    >
                      <title>
                        {`${item.label}, ${formatPeriod(point.period)}: ${formatValueWithUnit(point.value, unit)}${point.status === 'PROJECTION' ? ' (projection)' : ''}`}
                      </title>
                    </path>
                  ))}
                </g>
              );
            })}
          </svg>
        </div>
      </div>
      <p className="mt-8 text-xs text-muted">
        {unit}
        {scale === 'log' ? ', logarithmic scale' : ''}
        {geometry.omittedForLog > 0
          ? `. ${geometry.omittedForLog} zero or negative value(s) cannot be shown on a log scale.`
          : ''}
      </p>
    </div>
  );
}
