import Link from 'next/link';
import { RankedFigureRow, type RankedFigure } from '@/components/ranking-table';
import { SourceLine } from '@/components/source-citation';
import { uniqueSources } from '@/lib/sources';
import { sortEntries, sortHref, type RankingsState, type SortKey } from '../lib/rankings-state';

interface SortableRankingProps {
  entries: RankedFigure[];
  state: RankingsState;
  caption: string;
  unit: string;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** A column header whose link sorts by it, or turns the order around when it already does. */
function SortHead({
  state,
  sortKey,
  label,
  className,
}: {
  state: RankingsState;
  sortKey: SortKey;
  label: string;
  className: string;
}) {
  const current = state.sort === sortKey;
  return (
    <th
      scope="col"
      aria-sort={current ? ariaSort[state.direction] : undefined}
      className={`py-1.5 font-medium ${className}`}
    >
      <Link
        href={sortHref(state, sortKey)}
        scroll={false}
        className="inline-flex items-center gap-1 underline decoration-dotted underline-offset-2 hover:text-accent"
      >
        {label}
        <span aria-hidden>{current ? (state.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
      </Link>
    </th>
  );
}

/** Countries ranked by one indicator, sortable by rank, name or value through links. */
export function SortableRanking({ entries, state, caption, unit }: SortableRankingProps) {
  const rows = sortEntries(
    entries.map((entry) => ({
      ...entry,
      name: entry.observation.region.name,
      value: entry.observation.value,
    })),
    state,
  );
  return (
    <div>
      <table className="w-full border-collapse text-sm" data-ranking={state.indicator}>
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <SortHead state={state} sortKey="rank" label="Rank" className="w-16 pr-3" />
            <SortHead state={state} sortKey="name" label="Region" className="pr-3" />
            <SortHead state={state} sortKey="value" label={unit} className="text-right" />
          </tr>
        </thead>
        <tbody>
          {rows.map(({ rank, observation }) => (
            <RankedFigureRow key={observation.region.code} rank={rank} observation={observation} />
          ))}
        </tbody>
      </table>
      <SourceLine sources={uniqueSources(rows.map((row) => row.observation))} />
    </div>
  );
}
