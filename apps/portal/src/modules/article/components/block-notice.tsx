/** Stands in for a live block whose figures cannot be shown, inline or as a paragraph. */
export function BlockNotice({ message, inline }: { message: string; inline: boolean }) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag role="note" className="rounded border border-warn px-1.5 text-sm text-warn">
      Live figure unavailable: {message}
    </Tag>
  );
}
