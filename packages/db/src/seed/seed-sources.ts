import type { Prisma } from '../generated/prisma/client.ts';
import type { SourceRow } from './load-seed-files.ts';
import { countOf, planChanges, type SyncCount } from './plan-changes.ts';

/** Creates or corrects one Source per row of sources.csv; returns their ids by key. */
export async function seedSources(
  tx: Prisma.TransactionClient,
  rows: readonly SourceRow[],
): Promise<{ count: SyncCount; sourceIds: Map<string, number> }> {
  const desired = rows.map((row) => ({
    key: row.source_id,
    title: row.title,
    publisher: row.publisher,
    year: row.year,
    url: row.url,
    excerpt: row.excerpt,
  }));
  const keys = desired.map((source) => source.key);
  const plan = planChanges(
    desired,
    await tx.source.findMany({
      where: { key: { in: keys } },
      select: {
        id: true,
        key: true,
        title: true,
        publisher: true,
        year: true,
        url: true,
        excerpt: true,
      },
    }),
    (source) => source.key,
  );
  await tx.source.createMany({ data: plan.toCreate });
  for (const { row, data } of plan.toUpdate)
    await tx.source.update({ where: { id: row.id }, data });
  const stored = await tx.source.findMany({
    where: { key: { in: keys } },
    select: { id: true, key: true },
  });
  return { count: countOf(plan), sourceIds: new Map(stored.map(({ key, id }) => [key, id])) };
}
