import type { SeedSummary } from '../seed/index.ts';
import { formatTable } from './format-table.ts';

/** A plain-text table of what the seed did, one line per table. */
export function formatSeedSummary(summary: SeedSummary): string {
  return formatTable(
    ['table', 'created', 'updated', 'unchanged'],
    Object.entries(summary).map(([table, count]) => [
      table,
      String(count.created),
      String(count.updated),
      String(count.unchanged),
    ]),
  );
}
