import type { ArticleStatus } from '@/gql/graphql';

const labels: Record<ArticleStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

const tones: Record<ArticleStatus, string> = {
  DRAFT: 'border-line text-muted',
  IN_REVIEW: 'border-warn text-warn',
  PUBLISHED: 'border-accent text-accent',
  ARCHIVED: 'border-line text-muted line-through',
};

export function statusLabel(status: ArticleStatus): string {
  return labels[status];
}

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span
      data-status={status}
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${tones[status]}`}
    >
      {labels[status]}
    </span>
  );
}
