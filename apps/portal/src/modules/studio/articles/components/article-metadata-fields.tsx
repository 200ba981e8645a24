import { fieldClass } from '@/modules/studio/ui/styles';
import type { Draft } from '../lib/draft';
import { selectedValues } from '../lib/selected-values';
import type { CatalogueIndicator } from './live-block-helper';
import { RegionOptions, type CatalogueRegion } from './region-options';

/**
 * The article's metadata: slug, tags, summary and related indicators and regions, and for a
 * stored article the note kept with the next save in its history.
 */
export function ArticleMetadataFields({
  draft,
  update,
  indicators,
  regions,
  message,
  onMessage,
}: {
  draft: Draft;
  update: (changes: Partial<Draft>) => void;
  indicators: CatalogueIndicator[];
  regions: CatalogueRegion[];
  message: string;
  /** Absent for a new article, which has no history yet. */
  onMessage?: (message: string) => void;
}) {
  return (
    <fieldset className="grid gap-4 rounded-lg border border-line p-4 md:grid-cols-2">
      <legend className="px-1 text-sm font-semibold">Metadata</legend>
      <label className="block text-sm font-medium">
        Slug
        <input
          value={draft.slug}
          onChange={(event) => update({ slug: event.target.value })}
          placeholder="lowercase-words-with-hyphens"
          className={fieldClass}
        />
      </label>
      <label className="block text-sm font-medium">
        Tags (comma-separated)
        <input
          value={draft.tags}
          onChange={(event) => update({ tags: event.target.value })}
          className={fieldClass}
        />
      </label>
      <label className="block text-sm font-medium md:col-span-2">
        Summary
        <textarea
          value={draft.summary}
          onChange={(event) => update({ summary: event.target.value })}
          rows={2}
          className={fieldClass}
        />
      </label>
      <label className="block text-sm font-medium">
        Related indicators
        <select
          multiple
          size={6}
          value={draft.indicatorCodes}
          onChange={(event) =>
            update({
              indicatorCodes: selectedValues(event.target),
            })
          }
          className={fieldClass}
        >
          {indicators.map((indicator) => (
            <option key={indicator.code} value={indicator.code}>
              {indicator.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        Related regions
        <select
          multiple
          size={6}
          value={draft.regionCodes}
          onChange={(event) =>
            update({
              regionCodes: selectedValues(event.target),
            })
          }
          className={fieldClass}
        >
          <RegionOptions regions={regions} />
        </select>
      </label>
      {onMessage ? (
        <label className="block text-sm font-medium md:col-span-2">
          Note on this save (kept in the history)
          <input
            value={message}
            onChange={(event) => onMessage(event.target.value)}
            className={fieldClass}
          />
        </label>
      ) : null}
    </fieldset>
  );
}
