import type { FigureFieldsFragment } from '@/gql/graphql';
import { formatNumber, formatPeriod } from '@/lib/format';
import { uniqueSources } from '@/lib/sources';
import { RankedRegionCells, RankedRegionHeads } from './ranked-region-cells';
import { SourceLine } from './source-citation';

export interface RankedFigure {
  rank: number;
  observation: FigureFieldsFragment;
}

interface RankingTableProps {
  indicator: { code: string; name: string; unit: string };
  entries: RankedFigure[];
  caption?: string;
}

/** One ranked region's row: its rank, the region linked to its profile, and its value. */
export function RankedFigureRow({ rank, observation }: RankedFigure) {
  return (
    <tr
      className="border-b border-line"
      data-figure
      data-indicator={observation.indicator.code}
      data-region={observation.region.code}
      data-period={observation.period}
    >
      <RankedRegionCells rank={rank} region={observation.region} />
      <td className="py-1.5 text-right tabular-nums">
        <data value={observation.value}>{formatNumber(observation.value)}</data>
      </td>
    </tr>
  );
}

/** Regions ranked by one indicator in one period, with the sources of the values. */
export function RankingTable({ indicator, entries, caption }: RankingTableProps) {
  const period = entries[0]?.observation.period;
  const sources = uniqueSources(entries.map((entry) => entry.observation));
  return (
    <div>
      <table className="w-full border-collapse text-sm" data-ranking={indicator.code}>
        <caption className="mb-2 text-left font-semibold">
          {caption ?? `${indicator.name}${period ? `, ${formatPeriod(period)}` : ''}`}
        </caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <RankedRegionHeads />
            <th scope="col" className="py-1.5 text-right font-medium">
              {indicator.unit}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <RankedFigureRow key={entry.observation.region.code} {...entry} />
          ))}
        </tbody>
      </table>
      <SourceLine sources={sources} />
    </div>
  );
}
