import { scaleLinear, scaleLog, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { periodStart } from '@atlas/domain';
import { formatAxisNumber } from '@/lib/format';

export interface ChartPoint {
  period: string;
  value: number;
  status?: string | null;
}

export interface ChartSeries {
  id: string;
  label: string;
  points: ChartPoint[];
}

export type ValueScale = 'linear' | 'log';

/** The plot is drawn in a 1000×1000 box stretched over the plot area; labels are HTML on top. */
export const plotSize = 1000;

export interface Tick {
  /** Position along the axis, 0–100 %. */
  at: number;
  label: string;
}

export interface PlottedPoint extends ChartPoint {
  x: number;
  y: number;
}

export interface PlottedSeries {
  id: string;
  label: string;
  path: string;
  points: PlottedPoint[];
}

export interface LineChartGeometry {
  series: PlottedSeries[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Points left out because a log scale cannot show zero or negative values. */
  omittedForLog: number;
}

const monthTickFormat = new Intl.DateTimeFormat('en', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function xTickLabel(time: Date, monthly: boolean): string {
  return monthly ? monthTickFormat.format(time) : String(time.getUTCFullYear());
}

function logTicks(domain: [number, number]): number[] {
  const [low, high] = domain;
  const powers: number[] = [];
  for (
    let exponent = Math.floor(Math.log10(low));
    exponent <= Math.ceil(Math.log10(high));
    exponent++
  ) {
    const tick = 10 ** exponent;
    if (tick >= low && tick <= high) powers.push(tick);
  }
  if (powers.length >= 2) return powers;
  return scaleLog().domain(domain).ticks(4);
}

/** Scales, ticks and paths of a line chart over time, independent of any rendering. */
export function layoutLineChart(input: ChartSeries[], valueScale: ValueScale): LineChartGeometry {
  let omittedForLog = 0;
  const usable = input.map((series) => {
    const points = series.points.filter((point) => {
      const keep = valueScale === 'linear' || point.value > 0;
      if (!keep) omittedForLog++;
      return keep;
    });
    return { ...series, points };
  });
  const all = usable.flatMap((series) => series.points);
  if (all.length === 0) return { series: [], xTicks: [], yTicks: [], omittedForLog };

  const times = all.map((point) => periodStart(point.period));
  let firstTime = Math.min(...times);
  let lastTime = Math.max(...times);
  if (firstTime === lastTime) {
    const year = 365 * 24 * 3600 * 1000;
    firstTime -= year;
    lastTime += year;
  }
  const monthly = all.some((point) => point.period.length > 4);
  const x = scaleUtc()
    .domain([new Date(firstTime), new Date(lastTime)])
    .range([0, plotSize]);

  const values = all.map((point) => point.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  let yTickValues: number[];
  let y: (value: number) => number;
  if (valueScale === 'log') {
    const domain: [number, number] = low === high ? [low / 10, high * 10] : [low, high];
    const log = scaleLog().domain(domain).range([plotSize, 0]).nice();
    const [niceLow, niceHigh] = log.domain() as [number, number];
    yTickValues = logTicks([niceLow, niceHigh]);
    y = (value) => log(value);
  } else {
    const linear = scaleLinear()
      .domain([Math.min(0, low), high === 0 ? 1 : Math.max(0, high)])
      .range([plotSize, 0])
      .nice(5);
    yTickValues = linear.ticks(5);
    y = (value) => linear(value);
  }

  const draw = line<PlottedPoint>()
    .x((point) => point.x)
    .y((point) => point.y);
  const series = usable.map((item) => {
    const points = [...item.points]
      .sort((a, b) => periodStart(a.period) - periodStart(b.period))
      .map((point) => ({ ...point, x: x(new Date(periodStart(point.period))), y: y(point.value) }));
    return { id: item.id, label: item.label, points, path: draw(points) ?? '' };
  });

  const xTickDates = x.ticks(monthly ? 6 : Math.min(6, new Set(times).size + 1));
  const xTicks = xTickDates
    .filter((time) => monthly || time.getUTCMonth() === 0)
    .map((time) => ({ at: (x(time) / plotSize) * 100, label: xTickLabel(time, monthly) }));
  const yTicks = yTickValues.map((value) => ({
    at: (y(value) / plotSize) * 100,
    label: formatAxisNumber(value),
  }));
  return { series, xTicks, yTicks, omittedForLog };
}
