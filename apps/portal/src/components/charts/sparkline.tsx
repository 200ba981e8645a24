import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { periodStart } from '@atlas/domain';
import { formatPeriod, formatValueWithUnit } from '@/lib/format';

const width = 120;
const height = 32;

interface SparklineProps {
  points: { period: string; value: number }[];
  unit: string;
}

/** A small line of a series' shape over time, with its first and last values as its text alternative. */
export function Sparkline({ points, unit }: SparklineProps) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2)
    return <span className="inline-block h-8 w-[120px]" aria-hidden />;
  const times = points.map((point) => periodStart(point.period));
  const values = points.map((point) => point.value);
  const x = scaleLinear()
    .domain([Math.min(...times), Math.max(...times)])
    .range([2, width - 2]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const y = scaleLinear()
    .domain(low === high ? [low - 1, high + 1] : [low, high])
    .range([height - 3, 3]);
  const path = line<{ period: string; value: number }>()
    .x((point) => x(periodStart(point.period)))
    .y((point) => y(point.value))(points);
  return (
    <svg
      role="img"
      aria-label={`From ${formatValueWithUnit(first.value, unit)} in ${formatPeriod(first.period)} to ${formatValueWithUnit(last.value, unit)} in ${formatPeriod(last.period)}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="shrink-0"
    >
      <path
        d={path ?? ''}
        fill="none"
        stroke="var(--series-1)"
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
      <circle cx={x(periodStart(last.period))} cy={y(last.value)} r={2.5} fill="var(--series-1)" />
    </svg>
  );
}
