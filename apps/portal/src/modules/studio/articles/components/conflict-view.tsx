import { formatTime } from '@/modules/studio/ui/format-time';
import { dangerButtonClass, secondaryButtonClass } from '@/modules/studio/ui/styles';
import type { ConflictContent, ConflictVersions } from '../actions';

function Version({ heading, ...content }: ConflictContent & { heading: string }) {
  const metadata = [
    ['Slug', content.slug],
    ['Tags', content.tags.join(', ')],
    ['Related indicators', content.indicatorCodes.join(', ')],
    ['Related regions', content.regionCodes.join(', ')],
  ];
  return (
    <div className="min-w-0">
      <h3 className="mb-2 text-sm font-semibold">{heading}</h3>
      <p className="font-semibold">{content.title}</p>
      <p className="mt-1 text-sm text-muted">{content.summary}</p>
      <pre className="mt-2 max-h-80 overflow-auto rounded bg-surface p-2 text-xs whitespace-pre-wrap">
        {content.body}
      </pre>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        {metadata.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="break-words">{value || '—'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * Shown when a save was refused because someone saved first: both versions side by side.
 * Nothing is lost: keeping mine saves over theirs as a new version (theirs stays in the
 * history); taking theirs loads it into the editor.
 */
export function ConflictView({
  conflict,
  onKeepMine,
  onTakeTheirs,
  busy,
}: {
  conflict: ConflictVersions;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}) {
  const { current, submitted } = conflict;
  return (
    <section aria-label="Conflicting versions" className="rounded-lg border border-warn p-4">
      <h2 className="font-semibold text-warn">
        Someone else saved this article while you were editing
      </h2>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <Version
          heading={`Saved version ${current.version}, by ${current.savedBy ?? 'someone'} at ${formatTime(current.savedAt)}`}
          {...current}
        />
        <Version heading={`Your text, based on version ${submitted.baseVersion}`} {...submitted} />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} disabled={busy} className={dangerButtonClass}>
          Save mine as version {current.version + 1}
        </button>
        <button
          type="button"
          onClick={onTakeTheirs}
          disabled={busy}
          className={secondaryButtonClass}
        >
          Discard mine and load version {current.version}
        </button>
      </div>
    </section>
  );
}
