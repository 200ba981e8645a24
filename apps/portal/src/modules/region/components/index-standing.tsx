import Link from 'next/link';
import type { RegionProfile } from '../lib/load-region-profile';

const score = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/** The region's rank and score in the index, and its score on each pillar (0–100). */
export function IndexStanding({ profile }: { profile: RegionProfile }) {
  const { index, region } = profile;
  if (!index.entry) {
    return (
      <p className="text-muted">
        {region.name} is not ranked in the{' '}
        <Link href="/computing-power-index" className="text-accent underline">
          Computing Power Index {index.period}
        </Link>
        {index.exclusion
          ? `: it has data for ${percent.format(index.exclusion.coverage)} of the index weight, too little to be ranked.`
          : ': it has no data for the indicators of the index.'}
      </p>
    );
  }
  const { entry } = index;
  return (
    <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
      <div className="rounded-lg border border-line bg-surface p-4">
        <p className="text-sm text-muted">
          <Link href="/computing-power-index" className="hover:underline">
            Computing Power Index {index.period}
          </Link>
        </p>
        <p className="mt-1 text-3xl font-bold tabular-nums" data-index-rank={entry.rank}>
          #{entry.rank}{' '}
          <span className="text-base font-medium text-muted">of {index.rankedCount}</span>
        </p>
        <p className="mt-1 text-sm">
          Score{' '}
          <data value={entry.score} className="font-semibold tabular-nums">
            {score.format(entry.score)}
          </data>
          <span className="text-muted"> · coverage {percent.format(entry.coverage)}</span>
        </p>
      </div>
      <ul className="space-y-3" aria-label="Pillar scores">
        {index.weights.map((weight) => {
          const pillar = entry.pillars.find((item) => item.pillar.code === weight.pillar.code);
          return (
            <li key={weight.pillar.code} className="text-sm">
              <div className="flex justify-between">
                <span>{weight.pillar.name}</span>
                <span className="tabular-nums">
                  {pillar ? score.format(pillar.score) : 'no data'}
                </span>
              </div>
              <div className="mt-1 h-2 overflow-hidden rounded-full bg-surface" aria-hidden>
                <div
                  className="h-full rounded-full bg-accent"
                  style={{ width: `${pillar ? Math.max(0, Math.min(100, pillar.score)) : 0}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
