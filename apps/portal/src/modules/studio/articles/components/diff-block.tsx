import type { DiffLineKind } from '@/gql/graphql';

const lineStyles: Record<DiffLineKind, string> = {
  ADDED: 'bg-[color-mix(in_srgb,var(--series-3)_18%,transparent)]',
  REMOVED: 'bg-[color-mix(in_srgb,var(--series-7)_18%,transparent)] line-through decoration-1',
  UNCHANGED: '',
};
const linePrefix: Record<DiffLineKind, string> = { ADDED: '+', REMOVED: '−', UNCHANGED: ' ' };

/** One field of two revisions compared line by line; nothing when the field did not change. */
export function DiffBlock({
  label,
  lines,
}: {
  label: string;
  lines: { kind: DiffLineKind; text: string }[];
}) {
  if (lines.every((line) => line.kind === 'UNCHANGED')) return null;
  return (
    <div className="mt-4">
      <h3 className="text-sm font-semibold">{label}</h3>
      <pre className="mt-1 overflow-auto rounded border border-line text-xs leading-relaxed">
        {lines.map((line, index) => (
          <div
            key={index}
            data-diff={line.kind}
            className={`px-2 whitespace-pre-wrap ${lineStyles[line.kind]}`}
          >
            <span aria-hidden className="mr-2 text-muted select-none">
              {linePrefix[line.kind]}
            </span>
            {line.text || ' '}
          </div>
        ))}
      </pre>
    </div>
  );
}
