import Link from 'next/link';
import { formatDate } from '@/lib/format';

interface ArticleSummary {
  slug: string;
  title: string;
  summary: string;
  publishedAt?: string | null;
}

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
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
