import type { SourceFieldsFragment } from '@/gql/graphql';

/** A short, linked mention of where a figure comes from. */
export function SourceCitation({
  source,
  compact = false,
}: {
  source: SourceFieldsFragment | null;
  compact?: boolean;
}) {
  if (!source) return <span>source not recorded</span>;
  return (
    <cite className="not-italic">
      <a
        href={source.url}
        className="underline decoration-line underline-offset-2 hover:decoration-accent"
        title={compact ? `${source.publisher}: ${source.excerpt}` : source.excerpt}
        rel="noopener noreferrer"
      >
        {source.title}
      </a>
      {compact ? null : `, ${source.publisher}`}
    </cite>
  );
}

/** One source as a list item: title, publisher and year, and the passage that states the figure. */
export function SourceEntry({
  source,
  children,
}: {
  source: SourceFieldsFragment;
  /** More about the source, shown beneath the passage. */
  children?: React.ReactNode;
}) {
  return (
    <li id={`source-${source.key}`} className="text-sm">
      <a
        href={source.url}
        className="font-medium text-accent underline underline-offset-2"
        rel="noopener noreferrer"
      >
        {source.title}
      </a>
      <div className="text-muted">
        {source.publisher}
        {source.year ? `, ${source.year}` : ''}
      </div>
      <blockquote className="mt-1 border-l-2 border-line pl-3 break-words text-muted">
        {source.excerpt}
      </blockquote>
      {children}
    </li>
  );
}

/** The full list of sources, each with the passage that states the figure. */
export function SourceList({ sources }: { sources: SourceFieldsFragment[] }) {
  if (sources.length === 0) return null;
  return (
    <ol className="list-decimal space-y-4 pl-6 marker:text-sm marker:text-muted">
      {sources.map((source) => (
        <SourceEntry key={source.key} source={source} />
      ))}
    </ol>
  );
}

const inlineLimit = 2;

/**
 * The sources of one chart or table in a line beneath it: all of them when few, otherwise
 * the first and a count, pointing to the full list on the page.
 */
export function SourceLine({
  sources,
  listId,
}: {
  sources: SourceFieldsFragment[];
  listId?: string;
}) {
  if (sources.length === 0) return null;
  const shown = sources.length <= inlineLimit ? sources : sources.slice(0, 1);
  const more = sources.length - shown.length;
  return (
    <p className="mt-2 text-xs text-muted">
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {shown.map((source, index) => (
        <span key={source.key}>
          {index > 0 ? '; ' : ''}
          <SourceCitation source={source} />
        </span>
      ))}
      {more > 0 ? (
        <>
          {' and '}
          {listId ? (
            <a href={`#${listId}`} className="underline underline-offset-2">
              {more} more
            </a>
          ) : (
            `${more} more`
          )}
        </>
      ) : null}
    </p>
  );
}
