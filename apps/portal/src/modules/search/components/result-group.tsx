/** One kind of result (articles, indicators, regions) with its count, or a line saying none matched. */
export function ResultGroup({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <section aria-label={title}>
      <h2 className="mb-3 text-lg font-semibold">
        {title} <span className="text-sm font-normal text-muted">({count})</span>
      </h2>
      {count > 0 ? (
        <ul className="space-y-3">{children}</ul>
      ) : (
        <p className="text-sm text-muted">No match.</p>
      )}
    </section>
  );
}
