import Link from 'next/link';
import type { ArticleStatus } from '@/gql/graphql';
import { formatTime } from '@/modules/studio/ui/format-time';
import { StudioTable } from '@/modules/studio/ui/studio-table';
import { primaryButtonClass } from '@/modules/studio/ui/styles';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import { StatusBadge, statusLabel } from './components/status-badge';
import { StudioArticlesQuery } from './lib/documents';

const statuses: ArticleStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

function parseStatus(raw: string | string[] | undefined): ArticleStatus | null {
  return statuses.find((status) => status === raw) ?? null;
}

export async function ArticleListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const status = parseStatus((await searchParams).status);
  const { studioArticles } = await studioRequest(StudioArticlesQuery, { status });
  const filters: { label: string; status: ArticleStatus | null }[] = [
    { label: 'All', status: null },
    ...statuses.map((value) => ({ label: statusLabel(value), status: value })),
  ];
  return (
    <>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Articles</h1>
        <Link href="/studio/articles/new" className={`${primaryButtonClass} ml-auto`}>
          New article
        </Link>
      </div>
      <nav aria-label="Filter by status" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {filters.map((filter) => (
            <li key={filter.label}>
              <Link
                href={filter.status ? `/studio?status=${filter.status}` : '/studio'}
                aria-current={filter.status === status ? 'page' : undefined}
                className="rounded-full border border-line px-3 py-1 hover:border-accent aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-accent-ink"
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {studioArticles.length === 0 ? (
        <p className="mt-8 text-muted">
          No articles{status ? ` ${statusLabel(status).toLowerCase()}` : ''}.
        </p>
      ) : (
        <StudioTable
          columns={['Title', 'Status', 'Version', 'Author', 'Last change']}
          className="mt-6"
        >
          {studioArticles.map((article) => (
            <tr key={article.id} className="border-b border-line">
              <td className="py-2 pr-4">
                <Link
                  href={`/studio/articles/${article.id}`}
                  className="font-medium text-accent hover:underline"
                >
                  {article.title}
                </Link>
                <div className="text-xs text-muted">/{article.slug}</div>
              </td>
              <td className="py-2 pr-4">
                <StatusBadge status={article.status} />
              </td>
              <td className="py-2 pr-4 tabular-nums">{article.version}</td>
              <td className="py-2 pr-4">{article.author?.name ?? '—'}</td>
              <td className="py-2">{formatTime(article.updatedAt)}</td>
            </tr>
          ))}
        </StudioTable>
      )}
    </>
  );
}
