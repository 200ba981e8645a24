import { stringify } from 'csv-stringify/sync';
import type { FigureFieldsFragment } from '@/gql/graphql';

const columns = [
  'region_code',
  'region_name',
  'indicator_code',
  'period',
  'value',
  'unit',
  'status',
  'source_title',
  'source_url',
] as const;

/** The shown rows as RFC 4180 CSV with a header line; values unrounded, as stored or computed. */
export function toCsv(rows: FigureFieldsFragment[], indicatorCode: string, unit: string): string {
  return stringify(
    rows.map((row) => [
      row.region.code,
      row.region.name,
      indicatorCode,
      row.period,
      String(row.value),
      unit,
      row.status,
      row.source?.title ?? '',
      row.source?.url ?? '',
    ]),
    { header: true, columns: [...columns], record_delimiter: 'windows' },
  );
}
