import { scaleQuantile } from 'd3-scale';
import { formatAxisNumber, formatPeriod, formatValueWithUnit } from '@/lib/format';
import { mapHeight, mapWidth, worldShapes } from '@/lib/geo/world-shapes';

/** A region's value, as the figures of the API carry it. */
export interface MapValue {
  region: { code: string; name: string };
  value: number;
}

interface ChoroplethMapProps {
  values: MapValue[];
  unit: string;
  period: string;
  /** What the map shows, read by screen readers in place of the drawing. */
  description: string;
}

/** The outlines, served once by app/map/world.svg and cached by the browser. */
const worldShapesUrl = '/map/world.svg';
const paletteSize = 5;
const noValue = 'var(--map-empty)';

/** `count` colours spread evenly over the sequential palette, lightest first. */
function spreadPalette(count: number): string[] {
  if (count <= 1) return [`var(--map-${paletteSize})`];
  return Array.from({ length: count }, (_, index) => {
    const step = Math.round((index / (count - 1)) * (paletteSize - 1)) + 1;
    return `var(--map-${step})`;
  });
}

function classLabel(low: number, high: number): string {
  const [from, to] = [formatAxisNumber(low), formatAxisNumber(high)];
  return from === to ? from : `${from}–${to}`;
}

/**
 * A world map coloured by one indicator in one period, drawn on the server. Values fall
 * into up to five classes of equal counts (quantiles), which keeps skewed data readable.
 */
export function ChoroplethMap({ values, unit, period, description }: ChoroplethMapProps) {
  const shapes = worldShapes();
  const byCode = new Map(values.map((item) => [item.region.code, item]));
  const numbers = values.map((item) => item.value);
  const palette = spreadPalette(Math.min(paletteSize, new Set(numbers).size));
  const classes = scaleQuantile<string>().domain(numbers).range(palette);
  const bounds = [Math.min(...numbers), ...classes.quantiles(), Math.max(...numbers)];
  const notDrawn = values.filter((item) => !shapes.has(item.region.code));

  return (
    <div>
      <svg
        role="img"
        aria-label={description}
        viewBox={`0 0 ${mapWidth} ${mapHeight}`}
        className="h-auto w-full"
      >
        {[...shapes.values()].map((shape) => {
          const item = byCode.get(shape.code);
          if (shape.dot && !item) return null;
          return (
            <use
              key={shape.code}
              href={`${worldShapesUrl}#${shape.code}`}
              fill={item ? classes(item.value) : noValue}
              stroke="var(--canvas)"
              strokeWidth={0.5}
            >
              {item ? (
                <title>{`${item.region.name}: ${formatValueWithUnit(item.value, unit)}`}</title>
              ) : null}
            </use>
          );
        })}
      </svg>
      <ul
        className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted"
        aria-label="Map legend"
      >
        {palette.map((color, index) => (
          <li key={color} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className="inline-block h-3 w-5 rounded-sm"
              style={{ background: color }}
            />
            {classLabel(bounds[index]!, bounds[index + 1]!)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="inline-block h-3 w-5 rounded-sm border border-line"
            style={{ background: noValue }}
          />
          No value
        </li>
        <li>
          {unit}, {formatPeriod(period)}; {values.length}{' '}
          {values.length === 1 ? 'country has a value' : 'countries have a value'}
        </li>
      </ul>
      {notDrawn.length > 0 ? (
        <p className="mt-1 text-xs text-muted">
          Not on the map: {notDrawn.map((item) => item.region.name).join(', ')} (see the table).
        </p>
      ) : null}
    </div>
  );
}
