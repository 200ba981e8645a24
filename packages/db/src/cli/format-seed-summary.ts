import type { SeedSummary } from '../seed/index.ts';

/** A plain-text table of what the seed did, one line per table. */
export function formatSeedSummary(summary: SeedSummary): string {
  const header = ['table', 'created', 'updated', 'unchanged'];
  const rows = Object.entries(summary).map(([table, count]) => [
    table,
    String(count.created),
    String(count.updated),
    String(count.unchanged),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  return [header, ...rows]
    .map((cells) =>
      cells
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    )
    .join('\n');
}
