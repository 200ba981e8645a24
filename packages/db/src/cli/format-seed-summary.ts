import type { SeedSummary } from '../seed/index.ts';
import { formatTable } from './format-table.ts';

/** A plain-text table of what the seed did, one line per table, and what the publishers' files added. */
export function formatSeedSummary(summary: SeedSummary): string {
  const { publisherFiles, ...tables } = summary;
  const table = formatTable(
    ['table', 'created', 'updated', 'unchanged'],
    Object.entries(tables).map(([name, count]) => [
      name,
      String(count.created),
      String(count.updated),
      String(count.unchanged),
    ]),
  );
  return `${table}\npublishers' files: ${publisherFiles.files} read; ${publisherFiles.observationsAdded} observations, ${publisherFiles.alternatives} alternatives, ${publisherFiles.regionsCreated} countries, ${publisherFiles.systemsCreated} systems and ${publisherFiles.entries} list entries written`;
}
