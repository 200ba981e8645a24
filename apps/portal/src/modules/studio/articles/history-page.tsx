import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatTime } from '@/modules/studio/ui/format-time';
import { StudioTable } from '@/modules/studio/ui/studio-table';
import { secondaryButtonClass } from '@/modules/studio/ui/styles';
import { requireStudioSession } from '@/modules/studio/auth/lib/session';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import { DiffBlock } from './components/diff-block';
import { RestoreRevisionForm } from './components/restore-revision-form';
import { StatusBadge } from './components/status-badge';
import { ArticleDiffQuery, ArticleHistoryQuery } from './lib/documents';

/** A revision's radio button for one end of the comparison; both ends are picked the same way. */
function CompareEndCell({
  end,
  version,
  chosen,
}: {
  end: 'from' | 'to';
  version: number;
  chosen: number;
}) {
  return (
    <td className="py-2">
      <input
        type="radio"
        name={end}
        value={version}
        defaultChecked={version === chosen}
        aria-label={`Compare ${end} version ${version}`}
      />
    </td>
  );
}

export async function ArticleHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireStudioSession();
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const { studioArticle: article } = await studioRequest(ArticleHistoryQuery, { id });
  if (!article) notFound();
  const query = await searchParams;
  const fromVersion = Number(query.from ?? Math.max(1, article.version - 1));
  const toVersion = Number(query.to ?? article.version);
  const diff =
    Number.isInteger(fromVersion) && Number.isInteger(toVersion) && fromVersion !== toVersion
      ? (await studioRequest(ArticleDiffQuery, { articleId: id, fromVersion, toVersion }))
          .articleDiff
      : null;
  const canRestore =
    article.status !== 'ARCHIVED' &&
    (article.status !== 'PUBLISHED' || session.user.role === 'ADMIN');

  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">History of “{article.title}”</h1>
        <StatusBadge status={article.status} />
        <Link href={`/studio/articles/${id}`} className={`${secondaryButtonClass} ml-auto`}>
          Back to the editor
        </Link>
      </div>
      <form className="mt-6" method="get">
        <StudioTable columns={['From', 'To', 'Version', 'Saved', 'By', 'Note', '']}>
          {article.revisions.map((revision) => (
            <tr key={revision.version} className="border-b border-line">
              <CompareEndCell end="from" version={revision.version} chosen={fromVersion} />
              <CompareEndCell end="to" version={revision.version} chosen={toVersion} />
              <td className="py-2 tabular-nums">
                {revision.version}
                {revision.version === article.version ? (
                  <span className="ml-1 text-muted">(current)</span>
                ) : null}
              </td>
              <td className="py-2">{formatTime(revision.createdAt)}</td>
              <td className="py-2">{revision.author?.name ?? '—'}</td>
              <td className="py-2">{revision.message ?? ''}</td>
              <td className="py-2 text-right">
                {canRestore && revision.version !== article.version ? (
                  <button
                    type="submit"
                    form="restore-revision"
                    name="version"
                    value={revision.version}
                    className={secondaryButtonClass}
                  >
                    Restore version {revision.version}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </StudioTable>
        <button type="submit" className={`${secondaryButtonClass} mt-3`}>
          Compare
        </button>
      </form>
      <RestoreRevisionForm id={id} baseVersion={article.version} csrfToken={session.csrfToken} />
      {diff ? (
        <section aria-label="Differences" className="mt-8">
          <h2 className="text-lg font-semibold">
            Version {diff.from.version} → version {diff.to.version}
          </h2>
          <DiffBlock label="Title" lines={diff.title} />
          <DiffBlock label="Summary" lines={diff.summary} />
          <DiffBlock label="Body" lines={diff.body} />
          <DiffBlock label="Slug" lines={diff.slug} />
          <DiffBlock label="Tags" lines={diff.tags} />
          <DiffBlock label="Related indicators" lines={diff.indicatorCodes} />
          <DiffBlock label="Related regions" lines={diff.regionCodes} />
        </section>
      ) : null}
    </>
  );
}
