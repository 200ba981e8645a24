import Form from 'next/form';
import Link from 'next/link';
import type { IndexNormalisation } from '@/gql/graphql';
import { maxWeight, weightParamPrefix } from '../lib/index-state';

interface IndexControlsProps {
  pillars: { code: string; name: string; weight: number }[];
  normalisation: IndexNormalisation;
  period?: string;
}

/**
 * Pillar weights and normalisation as a GET form: the API recomputes the ranking for the
 * submitted weights, and the URL keeps them so the result can be shared.
 */
export function IndexControls({ pillars, normalisation, period }: IndexControlsProps) {
  return (
    <Form
      action="/computing-power-index"
      scroll={false}
      className="rounded-lg border border-line p-4"
    >
      <fieldset>
        <legend className="text-sm font-semibold">Pillar weights</legend>
        <p className="mt-1 text-xs text-muted">
          Relative: only their ratios matter. 0 leaves a pillar out.
        </p>
        <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {pillars.map((pillar) => (
            <label key={pillar.code} className="flex flex-col gap-1 text-sm">
              {pillar.name}
              <input
                type="number"
                name={`${weightParamPrefix}${pillar.code}`}
                min={0}
                max={maxWeight}
                step="any"
                defaultValue={pillar.weight}
                className="w-full rounded-md border border-line bg-canvas px-2 py-1.5 tabular-nums"
              />
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="mt-4">
        <legend className="text-sm font-semibold">Common scale</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {(
            [
              ['MIN_MAX', 'Min-max (0 to 100)'],
              ['Z_SCORE', 'Standard score'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="normalisation"
                value={value}
                defaultChecked={normalisation === value}
                className="accent-(--accent)"
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {period ? <input type="hidden" name="period" value={period} /> : null}
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="submit"
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium whitespace-nowrap text-accent-ink"
        >
          Recompute the ranking
        </button>
        <Link
          href="/computing-power-index"
          scroll={false}
          className="text-sm text-accent underline"
        >
          Default weights
        </Link>
      </div>
    </Form>
  );
}
