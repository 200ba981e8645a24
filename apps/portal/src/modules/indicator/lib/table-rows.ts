import { comparePeriods } from '@atlas/domain';
import type { FigureFieldsFragment } from '@/gql/graphql';

/** The rows of the table view and of the CSV download: by region in the chosen order, then by period. */
export function tableRows(
  rows: FigureFieldsFragment[],
  regionOrder: string[],
): FigureFieldsFragment[] {
  return [...rows].sort(
    (a, b) =>
      regionOrder.indexOf(a.region.code) - regionOrder.indexOf(b.region.code) ||
      comparePeriods(a.period, b.period),
  );
}
