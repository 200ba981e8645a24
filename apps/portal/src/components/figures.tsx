import Link from 'next/link';
import type { FigureFieldsFragment } from '@/gql/graphql';
import { formatNumber, formatPeriod, formatValueWithUnit } from '@/lib/format';
import { SourceCitation } from './source-citation';

function statusNote(figure: FigureFieldsFragment): string {
  if (figure.status === 'PROJECTION') return ' (projection)';
  if (figure.status === 'PROVISIONAL') return ' (provisional)';
  return '';
}

function unitSuffix(unit: string): string {
  return unit.startsWith('%') ? unit : ` ${unit}`;
}

const change = new Intl.NumberFormat('en', {
  style: 'percent',
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});

export interface FigureChange {
  relativeChange: number;
  since: string;
}

/** A headline figure: the value large, its change where it can be read, when, and who says so. */
export function HeadlineFigure({
  figure,
  label,
  growth,
}: {
  figure: FigureFieldsFragment;
  label?: string;
  growth?: FigureChange | null;
}) {
  return (
    <article
      className="flex flex-col rounded-lg border border-line bg-surface p-4"
      data-figure
      data-indicator={figure.indicator.code}
      data-region={figure.region.code}
      data-period={figure.period}
    >
      <h3 className="text-sm font-medium text-muted">
        <Link href={`/indicators/${figure.indicator.code}`} className="hover:underline">
          {label ?? figure.indicator.name}
        </Link>
        {`, ${figure.region.name}`}
      </h3>
      <p className="mt-1 text-3xl font-bold tracking-tight tabular-nums">
        <data value={figure.value}>{formatNumber(figure.value)}</data>
        <span className="text-base font-semibold">{unitSuffix(figure.indicator.unit)}</span>
      </p>
      {growth ? (
        <p className="text-sm">
          <span className="font-semibold tabular-nums">{change.format(growth.relativeChange)}</span>
          <span className="text-muted"> since {formatPeriod(growth.since)}</span>
        </p>
      ) : null}
      <p className="mt-auto line-clamp-3 pt-2 text-xs text-muted">
        <time>{formatPeriod(figure.period)}</time>
        {statusNote(figure)}
        {' · '}
        <SourceCitation source={figure.source} compact />
      </p>
    </article>
  );
}

/**
 * A figure inside running text: value and period, then a numbered reference to its source
 * in the page's list of sources (the number links there; its label names the source).
 */
export function InlineFigure({
  figure,
  sourceNumber,
}: {
  figure: FigureFieldsFragment;
  sourceNumber?: number;
}) {
  return (
    <span
      data-figure
      data-indicator={figure.indicator.code}
      data-region={figure.region.code}
      data-period={figure.period}
    >
      <data value={figure.value} className="font-semibold tabular-nums">
        {formatValueWithUnit(figure.value, figure.indicator.unit)}
      </data>{' '}
      <span className="text-sm text-muted">
        ({formatPeriod(figure.period)}
        {statusNote(figure)})
      </span>
      {figure.source && sourceNumber ? (
        <sup className="ml-0.5">
          <a
            href={`#source-${figure.source.key}`}
            className="text-accent underline"
            aria-label={`Source ${sourceNumber}: ${figure.source.title}`}
            title={figure.source.title}
          >
            [{sourceNumber}]
          </a>
        </sup>
      ) : (
        <span className="text-sm text-muted">
          {' '}
          <SourceCitation source={figure.source} compact />
        </span>
      )}
    </span>
  );
}
