import Form from 'next/form';
import Link from 'next/link';
import { ChoroplethMap } from '@/components/charts/choropleth-map';
import { HeadlineFigure } from '@/components/figures';
import { RankingTable } from '@/components/ranking-table';
import { formatPeriod } from '@/lib/format';
import { ArticleList } from '@/modules/article/components/article-list';
import { leadersIndicator, mappableIndicators } from './lib/headlines';
import { loadHome } from './lib/load-home';
import { ShowButton } from '@/components/show-button';

const score = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const requestedMap = (await searchParams).map;
  const { figures, map, mapIndicator, leaders, index, articles, indicatorNames } =
    await loadHome(requestedMap);

  return (
    <div className="space-y-16">
      <section aria-labelledby="intro">
        <h1 id="intro" className="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">
          How much computing power the world has, where it is, and what it costs
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">
          Live figures from public sources on capacity, supercomputers, data centres and their
          energy use. Every number carries its period and its source.
        </p>
      </section>

      <section aria-labelledby="headlines">
        <h2 id="headlines" className="mb-4 text-xl font-semibold">
          The world in figures
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {figures.map(({ item, figure, growth }) => (
            <HeadlineFigure key={item.code} figure={figure} label={item.label} growth={growth} />
          ))}
        </div>
      </section>

      {map && mapIndicator ? (
        <section aria-labelledby="map" className="space-y-4">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <h2 id="map" className="text-xl font-semibold">
                {mapIndicator.name} around the world
              </h2>
              <p className="mt-1 text-sm text-muted">
                {formatPeriod(map.period)}.{' '}
                <Link
                  href={`/indicators/${mapIndicator.code}?view=map`}
                  className="text-accent underline"
                >
                  Values, sources and other periods
                </Link>
              </p>
            </div>
            <Form action="/" scroll={false} className="flex items-center gap-2 text-sm">
              <label htmlFor="home-map" className="text-muted">
                Map
              </label>
              <select
                id="home-map"
                name="map"
                defaultValue={mapIndicator.code}
                className="max-w-56 rounded-md border border-line bg-canvas px-2 py-1.5"
              >
                {mappableIndicators.map((code) => (
                  <option key={code} value={code}>
                    {indicatorNames.get(code) ?? code}
                  </option>
                ))}
              </select>
              <ShowButton />
            </Form>
          </div>
          <ChoroplethMap
            values={map.ranked}
            unit={mapIndicator.unit}
            period={map.period}
            description={`World map of ${mapIndicator.name} (${mapIndicator.unit}) in ${formatPeriod(map.period)}; the indicator page lists every value.`}
          />
        </section>
      ) : null}

      <div className="grid gap-12 lg:grid-cols-2">
        {leaders.entries.length > 0 ? (
          <section aria-labelledby="leaders">
            <h2 id="leaders" className="text-xl font-semibold">
              The leaders in supercomputing
            </h2>
            <p className="mt-1 mb-4 text-sm text-muted">
              Combined measured performance (Rmax) of each country&apos;s systems on the latest
              TOP500 list.{' '}
              <Link href={`/indicators/${leadersIndicator}`} className="text-accent underline">
                Explore
              </Link>
            </p>
            <RankingTable indicator={leaders.indicator} entries={leaders.entries} />
          </section>
        ) : null}
        {index.entries.length > 0 ? (
          <section aria-labelledby="index-top">
            <h2 id="index-top" className="text-xl font-semibold">
              Computing Power Index {index.period}
            </h2>
            <p className="mt-1 mb-4 text-sm text-muted">
              One score from capacity, technology, industry, environment and applications
              indicators.{' '}
              <Link href="/computing-power-index" className="text-accent underline">
                Full ranking and weights
              </Link>
            </p>
            <ol className="divide-y divide-line border-y border-line text-sm">
              {index.entries.map((entry) => (
                <li key={entry.region.code} className="flex items-center gap-3 py-1.5">
                  <span className="w-6 text-muted tabular-nums">{entry.rank}</span>
                  <Link href={`/regions/${entry.region.code}`} className="flex-1 hover:underline">
                    {entry.region.name}
                  </Link>
                  <span
                    className="hidden h-2 w-32 overflow-hidden rounded-full bg-surface sm:block"
                    aria-hidden
                  >
                    <span
                      className="block h-full bg-accent"
                      style={{ width: `${Math.max(0, Math.min(100, entry.score))}%` }}
                    />
                  </span>
                  <data value={entry.score} className="w-12 text-right font-semibold tabular-nums">
                    {score.format(entry.score)}
                  </data>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>

      <section aria-labelledby="articles">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="articles" className="text-xl font-semibold">
            Latest articles
          </h2>
          <Link href="/articles" className="text-sm text-accent underline">
            All articles
          </Link>
        </div>
        <ArticleList articles={articles} />
      </section>
    </div>
  );
}
