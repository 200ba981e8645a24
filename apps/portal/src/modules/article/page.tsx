import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CiteThis } from '@/components/cite-this';
import { SourceList } from '@/components/source-citation';
import { definitionsBySlug } from '@/components/term-text';
import { latestPeriod } from '@/lib/citation';
import { config } from '@/lib/config';
import { formatDate, readingMinutes } from '@/lib/format';
import { ArticleList } from './components/article-list';
import { TableOfContents } from './components/table-of-contents';
import { getArticle } from './lib/articles';
import { blockPeriods, blockSources, loadBlocks } from './lib/load-blocks';
import { parseArticle } from './lib/parse-article';
import { renderArticle } from './components/render-article';

/**
 * No article is rendered at build time (the API need not be running then); each is rendered on
 * its first request and then served from the full-route cache until the API revalidates its tag.
 */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({
  params,
}: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticle(slug);
  if (!article) return { title: 'Article not found' };
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: { type: 'article', title: article.title, description: article.summary },
  };
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  const { slug } = await params;
  const article = await getArticle(slug);
  if (!article) notFound();

  const parsed = parseArticle(article.body);
  const blocks = await loadBlocks(parsed.blocks);
  const sources = blockSources(blocks);
  const minutes = readingMinutes(parsed.wordCount);

  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-12">
      <div className="min-w-0">
        <header className="max-w-3xl">
          <p className="text-sm text-muted">
            {article.publishedAt ? (
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            ) : null}
            {' · '}
            {minutes} min read
          </p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{article.title}</h1>
          <p className="mt-3 text-lg text-muted">{article.summary}</p>
          {article.topics.length > 0 ? (
            <nav aria-label="Topics" className="mt-4 print:hidden">
              <ul className="flex flex-wrap gap-2">
                {article.topics.map((topic) => (
                  <li key={topic.slug}>
                    <Link
                      href={`/topics/${topic.slug}`}
                      className="inline-block rounded-full bg-surface px-2.5 py-0.5 text-xs hover:text-accent hover:underline"
                    >
                      {topic.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>

        <details className="mt-6 rounded-lg border border-line p-3 lg:hidden print:hidden">
          <summary className="cursor-pointer text-sm font-semibold">On this page</summary>
          <div className="mt-3">
            <TableOfContents entries={parsed.toc} />
          </div>
        </details>

        <div className="prose-atlas mt-8 max-w-3xl">
          {renderArticle(parsed.tree, blocks, sources, {
            definitions: definitionsBySlug(article.glossaryTerms),
          })}
        </div>

        <section
          aria-labelledby="how-we-know"
          className="print-urls mt-14 max-w-3xl border-t border-line pt-8"
        >
          <h2 id="how-we-know" className="mb-4 text-xl font-semibold">
            How we know
          </h2>
          {sources.length > 0 ? (
            <SourceList sources={sources} />
          ) : (
            <p className="text-muted">This article cites no live figures.</p>
          )}
        </section>

        <div className="mt-8 max-w-3xl">
          <CiteThis
            what="this article"
            citationKey={article.slug}
            title={article.title}
            url={`${config.siteUrl}/articles/${article.slug}`}
            figuresTo={latestPeriod(blockPeriods(blocks))}
            updated={article.updatedAt}
            renderedAt={new Date().toISOString()}
          />
        </div>

        {article.related.length > 0 ? (
          <section
            aria-labelledby="related-articles"
            className="mt-14 border-t border-line pt-8 print:hidden"
          >
            <h2 id="related-articles" className="mb-4 text-xl font-semibold">
              Related articles
            </h2>
            <ArticleList articles={article.related} />
          </section>
        ) : null}
      </div>

      <aside className="mt-12 space-y-8 lg:mt-0 print:hidden">
        <div className="hidden lg:sticky lg:top-20 lg:block">
          <TableOfContents entries={parsed.toc} />
        </div>
        {article.indicators.length > 0 ? (
          <section aria-labelledby="related-indicators" className="text-sm">
            <h2 id="related-indicators" className="mb-2 font-semibold">
              Indicators in this article
            </h2>
            <ul className="space-y-1.5">
              {article.indicators.map((indicator) => (
                <li key={indicator.code}>
                  <Link
                    href={`/indicators/${indicator.code}`}
                    className="text-accent hover:underline"
                  >
                    {indicator.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {article.regions.length > 0 ? (
          <section aria-labelledby="related-regions" className="text-sm">
            <h2 id="related-regions" className="mb-2 font-semibold">
              Regions in this article
            </h2>
            <ul className="flex flex-wrap gap-2">
              {article.regions.map((region) => (
                <li key={region.code}>
                  <Link
                    href={`/regions/${region.code}`}
                    className="inline-block rounded-full border border-line px-2.5 py-0.5 hover:border-accent"
                  >
                    {region.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </aside>
    </article>
  );
}
