import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { ResultGroup } from './components/result-group';
import { searchAtlas } from './lib/search-atlas';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the articles, indicators and regions of Compute Atlas.',
  alternates: { canonical: '/search' },
};

const maxResults = 20;

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? '';
  const { articles, indicators, regions } = await searchAtlas(query);
  const total = articles.length + indicators.length + regions.length;

  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Search</h1>
        <Form action="/search" className="mt-4 flex gap-2" role="search">
          <label htmlFor="search-query" className="sr-only">
            Search articles, indicators and regions
          </label>
          <input
            id="search-query"
            type="search"
            name="q"
            defaultValue={query}
            placeholder="e.g. supercomputers, electricity, Japan"
            className="min-w-0 flex-1 rounded-md border border-line bg-canvas px-3 py-2"
          />
          <button
            type="submit"
            className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink"
          >
            Search
          </button>
        </Form>
        {query ? (
          <p className="mt-3 text-sm text-muted" aria-live="polite">
            {total === 0
              ? `Nothing matches “${query}”.`
              : `${total} result${total === 1 ? '' : 's'} for “${query}”.`}
          </p>
        ) : null}
      </header>

      {query ? (
        <div className="grid gap-10 lg:grid-cols-3">
          <ResultGroup title="Articles" count={articles.length}>
            {articles.slice(0, maxResults).map((article) => (
              <li key={article.slug}>
                <Link
                  href={`/articles/${article.slug}`}
                  className="font-medium text-accent hover:underline"
                >
                  {article.title}
                </Link>
                <p className="text-sm text-muted">{article.summary}</p>
              </li>
            ))}
          </ResultGroup>
          <ResultGroup title="Indicators" count={indicators.length}>
            {indicators.slice(0, maxResults).map((indicator) => (
              <li key={indicator.code}>
                <Link
                  href={`/indicators/${indicator.code}`}
                  className="font-medium text-accent hover:underline"
                >
                  {indicator.name}
                </Link>
                <p className="text-sm text-muted">
                  {indicator.pillar.name} · {indicator.unit}
                </p>
              </li>
            ))}
          </ResultGroup>
          <ResultGroup title="Regions" count={regions.length}>
            {regions.slice(0, maxResults).map((region) => (
              <li key={region.code}>
                <Link
                  href={`/regions/${region.code}`}
                  className="font-medium text-accent hover:underline"
                >
                  {region.name}
                </Link>
                {region.description ? (
                  <p className="text-sm text-muted">{region.description}</p>
                ) : null}
              </li>
            ))}
          </ResultGroup>
        </div>
      ) : null}
    </div>
  );
}
