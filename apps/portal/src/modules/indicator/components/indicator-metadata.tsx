import { formatDate, formatPeriod } from '@/lib/format';
import type { IndicatorDetail } from '../lib/load-indicator-page';

const count = new Intl.NumberFormat('en');

function plural(value: number, one: string, many: string): string {
  return `${count.format(value)} ${value === 1 ? one : many}`;
}

/** When the indicator last changed and how far its values reach. */
export function IndicatorMetadata({
  indicator,
}: {
  indicator: Pick<IndicatorDetail, 'lastUpdated' | 'coverage'>;
}) {
  const { coverage } = indicator;
  return (
    <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-metadata>
      <dt className="font-medium">Last updated</dt>
      <dd className="text-muted">
        <time dateTime={indicator.lastUpdated}>{formatDate(indicator.lastUpdated)}</time>
      </dd>
      <dt className="font-medium">Coverage</dt>
      <dd className="text-muted" data-coverage>
        {coverage.firstPeriod && coverage.lastPeriod
          ? `${plural(coverage.countryCount, 'country', 'countries')} (${plural(coverage.regionCount, 'region', 'regions')} in all) × ${plural(coverage.periodCount, 'period', 'periods')}, from ${formatPeriod(coverage.firstPeriod)} to ${formatPeriod(coverage.lastPeriod)}`
          : 'No values yet'}
      </dd>
    </dl>
  );
}
