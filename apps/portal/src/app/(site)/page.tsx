import Link from 'next/link';
import { connection } from 'next/server';
import { ArticleList } from '@/components/article-list';
import { HeadlineFigure } from '@/components/figures';
import { RankingTable } from '@/components/ranking-table';
import { listArticles } from '@/lib/data/articles';
import { getLatest, getRanking } from '@/lib/data/observations';
import { headlineIndicators, leadersIndicator } from '@/lib/headlines';

export default async function HomePage() {
  await connection();
  const [headlines, leaders, articles] = await Promise.all([
    getLatest(
      headlineIndicators.map((item) => item.code),
      ['WLD'],
    ),
    getRanking(leadersIndicator, { limit: 8 }),
    listArticles(6),
  ]);

  return (
    <div className="space-y-14">
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
          {headlineIndicators.map((item) => {
            const figure = headlines.find((candidate) => candidate.indicator.code === item.code);
            return figure ? (
              <HeadlineFigure key={item.code} figure={figure} label={item.label} />
            ) : null;
          })}
        </div>
      </section>

      {leaders.entries.length > 0 ? (
        <section aria-labelledby="leaders" className="grid gap-8 lg:grid-cols-[2fr_3fr]">
          <div>
            <h2 id="leaders" className="text-xl font-semibold">
              The leaders in supercomputing
            </h2>
            <p className="mt-2 text-muted">
              Countries ranked by the combined measured performance (Rmax) of their systems on the
              latest TOP500 list.{' '}
              <Link href={`/indicators/${leadersIndicator}`} className="text-accent underline">
                Explore the indicator
              </Link>
            </p>
          </div>
          <RankingTable indicator={leaders.indicator} entries={leaders.entries} />
        </section>
      ) : null}

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
