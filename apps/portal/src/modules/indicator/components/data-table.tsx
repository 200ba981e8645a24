import Link from 'next/link';
import type { FigureFieldsFragment } from '@/gql/graphql';
import { formatNumber, formatPeriod } from '@/lib/format';
import { SourceCitation } from '@/components/source-citation';

interface DataTableProps {
  rows: FigureFieldsFragment[];
  unit: string;
  caption: string;
}

/** Every shown value with its period, status and source: the text alternative of the chart. */
export function DataTable({ rows, unit, caption }: DataTableProps) {
  if (rows.length === 0) return <p className="text-muted">No values for this selection.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-table="observations">
        <caption className="mb-2 text-left text-sm text-muted">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Region
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Period
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {unit}
            </th>
            <th scope="col" className="py-1.5 font-medium">
              Source
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.region.code}:${row.period}`}
              className="border-b border-line align-top"
              data-figure
              data-indicator={row.indicator.code}
              data-region={row.region.code}
              data-period={row.period}
            >
              <th scope="row" className="py-1.5 pr-3 text-left font-normal whitespace-nowrap">
                <Link href={`/regions/${row.region.code}`} className="hover:underline">
                  {row.region.name}
                </Link>
              </th>
              <td className="py-1.5 pr-3 whitespace-nowrap">
                {formatPeriod(row.period)}
                {row.status === 'PROJECTION' ? (
                  <span className="text-muted"> (projection)</span>
                ) : null}
              </td>
              <td className="py-1.5 pr-3 text-right tabular-nums">
                <data value={row.value}>{formatNumber(row.value)}</data>
              </td>
              <td className="min-w-48 py-1.5 text-muted">
                <SourceCitation source={row.source} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
