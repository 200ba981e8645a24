import Link from 'next/link';
import { graphql } from '@/gql';
import type { ArticleCardFieldsFragment } from '@/gql/graphql';
import { formatDate } from '@/lib/format';

/** What a card of the list shows; every query that lists articles selects it. */
export const ArticleCardFields = graphql(`
  fragment ArticleCardFields on Article {
    slug
    title
    summary
    publishedAt
  }
`);

export function ArticleList({ articles }: { articles: ArticleCardFieldsFragment[] }) {
  if (articles.length === 0) return <p className="text-muted">No articles are published yet.</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={article.slug} className="rounded-lg border border-line p-4 hover:border-accent">
          <h3 className="font-semibold leading-snug">
            <Link href={`/articles/${article.slug}`} className="hover:underline">
              {article.title}
            </Link>
          </h3>
          <p className="mt-2 text-sm text-muted">{article.summary}</p>
          {article.publishedAt ? (
            <p className="mt-3 text-xs text-muted">
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
