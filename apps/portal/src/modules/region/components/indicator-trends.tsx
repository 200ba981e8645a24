import Link from 'next/link';
import { Sparkline } from '@/components/charts/sparkline';
import { SourceCitation } from '@/components/source-citation';
import { formatNumber, formatPeriod } from '@/lib/format';
import type { RegionProfile } from '../lib/load-region-profile';

/** Every indicator the region has values for, by pillar: a small trend line and the latest value. */
export function IndicatorTrends({ profile }: { profile: RegionProfile }) {
  const { pillars, series, region } = profile;
  return (
    <div className="space-y-8">
      {pillars.map((pillar) => {
        const rows = series.filter((item) =>
          pillar.indicators.some((indicator) => indicator.code === item.indicator.code),
        );
        if (rows.length === 0) return null;
        return (
          <section key={pillar.code} aria-labelledby={`trend-${pillar.code}`}>
            <h3 id={`trend-${pillar.code}`} className="mb-2 font-semibold">
              {pillar.name}
            </h3>
            <ul className="divide-y divide-line border-y border-line">
              {rows.map((item) => {
                const measured = item.points.filter((point) => point.status !== 'PROJECTION');
                const last = measured.at(-1) ?? item.points.at(-1)!;
                return (
                  <li
                    key={item.indicator.code}
                    className="grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-1 py-2.5 sm:grid-cols-[1fr_120px_11rem]"
                    data-figure
                    data-indicator={item.indicator.code}
                    data-region={region.code}
                    data-period={last.period}
                  >
                    <div className="min-w-0">
                      <Link
                        href={`/indicators/${item.indicator.code}?regions=${region.code}`}
                        className="text-sm font-medium hover:underline"
                      >
                        {item.indicator.name}
                      </Link>
                      {/* Spaced so that the two links are far enough apart to tap on a phone. */}
                      <p className="mt-2.5 truncate text-xs text-muted">
                        <SourceCitation source={last.source} compact />
                      </p>
                    </div>
                    <div className="hidden sm:block">
                      <Sparkline points={measured} unit={item.indicator.unit} />
                    </div>
                    <p className="text-right text-sm">
                      <data value={last.value} className="font-semibold tabular-nums">
                        {formatNumber(last.value)}
                      </data>{' '}
                      <span className="text-xs text-muted">{item.indicator.unit}</span>
                      <br />
                      <span className="text-xs text-muted">{formatPeriod(last.period)}</span>
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
