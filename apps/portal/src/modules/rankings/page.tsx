import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { formatPeriod } from '@/lib/format';
import { RankingsForm } from './components/rankings-form';
import { SortableRanking } from './components/sortable-ranking';
import { loadRankingsPage } from './lib/load-rankings-page';
import { parseRankingsState, rankingsHref } from './lib/rankings-state';

export async function generateMetadata({
  searchParams,
}: PageProps<'/rankings'>): Promise<Metadata> {
  const state = parseRankingsState(await searchParams);
  const data = await loadRankingsPage(state.indicator, state.period);
  const name = data?.ranking.indicator.name;
  return {
    title: name ? `Rankings: ${name}` : 'Rankings',
    description:
      'Countries ranked by any indicator of computing power in any period, with the source of every value.',
    alternates: { canonical: '/rankings' },
  };
}

export default async function RankingsPage({ searchParams }: PageProps<'/rankings'>) {
  const state = parseRankingsState(await searchParams);
  const data = await loadRankingsPage(state.indicator, state.period);
  if (!data) notFound();
  const { pillars, ranking } = data;
  const periods =
    pillars
      .flatMap((pillar) => pillar.indicators)
      .find((indicator) => indicator.code === state.indicator)?.periods ?? [];
  // A period kept from the previous indicator's choice: rank the new indicator's latest instead.
  if (state.period && !periods.includes(state.period)) {
    redirect(rankingsHref({ ...state, period: null }));
  }
  const { indicator } = ranking;
  const title = `${indicator.name}${ranking.period ? `, ${formatPeriod(ranking.period)}` : ''}`;

  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Rankings</h1>
        <p className="mt-3 text-lg text-muted">
          Countries ranked by any indicator in any period it covers. Sort the table by rank, name or
          value, and open a country for its profile.
        </p>
      </header>

      <RankingsForm pillars={pillars} periods={[...periods].reverse()} state={state} />

      <section aria-labelledby="ranking" className="space-y-3">
        <h2 id="ranking" className="text-xl font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted">
          {indicator.higherIsBetter === false
            ? 'Less is better: the smallest value ranks first.'
            : 'The largest value ranks first.'}{' '}
          <Link href={`/indicators/${indicator.code}`} className="text-accent underline">
            More about {indicator.name}
          </Link>
        </p>
        {ranking.entries.length > 0 ? (
          <SortableRanking
            entries={ranking.entries}
            state={state}
            caption={`Countries by ${title}`}
            unit={indicator.unit}
          />
        ) : (
          <p className="text-muted">
            No country has a measured value of this indicator
            {ranking.period ? ` in ${formatPeriod(ranking.period)}` : ''}. Choose another period.
          </p>
        )}
      </section>
    </div>
  );
}
