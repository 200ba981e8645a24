import { viewQuery, type ViewState } from '../lib/view-state';
import { SegmentedLinks } from './segmented-links';

/** The chart's scale, the measure (total or per person) and the CSV of what is shown. */
export function ViewControls({
  code,
  state,
  perCapitaAvailable,
}: {
  code: string;
  state: ViewState;
  perCapitaAvailable: boolean;
}) {
  const base = `/indicators/${code}`;
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      {state.view === 'chart' ? (
        <SegmentedLinks
          label="Scale"
          options={(['linear', 'log'] as const).map((scale) => ({
            label: scale === 'linear' ? 'Linear' : 'Log',
            href: `${base}${viewQuery(state, { scale })}`,
            current: state.scale === scale,
          }))}
        />
      ) : null}
      {perCapitaAvailable && state.view !== 'sources' ? (
        <SegmentedLinks
          label="Measure"
          options={(['absolute', 'per-capita'] as const).map((measure) => ({
            label: measure === 'absolute' ? 'Total' : 'Per person',
            href: `${base}${viewQuery(state, { measure })}`,
            current: state.measure === measure,
          }))}
        />
      ) : null}
      <a
        href={`${base}/data.csv${viewQuery(state)}`}
        download
        className="ml-auto inline-flex items-center gap-1.5 rounded-md border border-line px-3 py-1.5 text-sm hover:bg-surface"
      >
        <svg aria-hidden width="14" height="14" viewBox="0 0 14 14">
          <path
            d="M7 1v8m-3.5-3.5L7 9l3.5-3.5M1.5 12.5h11"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
        Download CSV
      </a>
    </div>
  );
}
