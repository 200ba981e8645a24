import { useState } from 'react';
import type { StudioArticleFieldsFragment } from '@/gql/graphql';
import { secondaryButtonClass } from '@/modules/studio/ui/styles';

type TypedFigure = StudioArticleFieldsFragment['typedFigures'][number];

/**
 * The sentences of the saved version with digits outside live blocks. Publishing waits until each
 * is a live block or confirmed as no measurement; whoever may publish gets a checkbox per sentence.
 */
export function TypedFiguresPanel({
  typedFigures,
  canConfirm,
  busy,
  onConfirm,
}: {
  typedFigures: TypedFigure[];
  canConfirm: boolean;
  busy: boolean;
  onConfirm: (sentences: string[]) => void;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const open = typedFigures.filter((figure) => !figure.confirmed);
  const toConfirm = open
    .map((figure) => figure.sentence)
    .filter((sentence) => chosen.has(sentence));
  const toggle = (sentence: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(sentence);
      else next.delete(sentence);
      return next;
    });

  return (
    <section
      aria-labelledby="typed-figures"
      className="space-y-2 rounded border border-warn px-3 py-2 text-sm"
    >
      <h2 id="typed-figures" className="font-semibold text-warn">
        Figures typed by hand
      </h2>
      <p role="status">
        {open.length === 0
          ? 'Every sentence below is confirmed as no measurement.'
          : `${open.length === 1 ? 'A sentence holds' : `${open.length} sentences hold`} digits outside live blocks. Write each figure as a live block; a year or a count that is no measurement ${canConfirm ? 'can be confirmed here' : 'must be confirmed by an admin'} before the article is published.`}
      </p>
      <ul className="space-y-1">
        {typedFigures.map(({ sentence, confirmed }) => (
          <li key={sentence}>
            {confirmed ? (
              <span>
                <q>{sentence}</q> <span className="text-muted">(confirmed: no measurement)</span>
              </span>
            ) : canConfirm ? (
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  checked={chosen.has(sentence)}
                  onChange={(event) => toggle(sentence, event.target.checked)}
                  className="mt-1"
                />
                <q>{sentence}</q>
              </label>
            ) : (
              <q>{sentence}</q>
            )}
          </li>
        ))}
      </ul>
      {canConfirm && open.length > 0 ? (
        <button
          type="button"
          disabled={busy || toConfirm.length === 0}
          onClick={() => onConfirm(toConfirm)}
          className={secondaryButtonClass}
        >
          Confirm as no measurement
        </button>
      ) : null}
    </section>
  );
}
