/** What the API refused, announced to screen readers at once; nothing when there is no error. */
export function FormError({
  error,
  className,
}: {
  error: string | null | undefined;
  className?: string;
}) {
  if (!error) return null;
  return (
    <p
      role="alert"
      className={`rounded border border-warn px-3 py-2 text-sm text-warn ${className ?? ''}`.trim()}
    >
      {error}
    </p>
  );
}
