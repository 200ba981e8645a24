import type { Prisma } from '../generated/prisma/client.ts';
import { PILLARS } from './catalog/pillars.ts';
import { countOf, planChanges, type SyncCount } from './plan-changes.ts';

/** Creates or corrects the pillars; returns their ids by code. */
export async function seedPillars(
  tx: Prisma.TransactionClient,
): Promise<{ count: SyncCount; pillarIds: Map<string, number> }> {
  const desired = PILLARS.map((pillar, position) => ({ ...pillar, position }));
  const plan = planChanges(
    desired,
    await tx.pillar.findMany({
      select: {
        id: true,
        code: true,
        name: true,
        description: true,
        position: true,
        indexWeight: true,
      },
    }),
    (pillar) => pillar.code,
  );
  await tx.pillar.createMany({ data: plan.toCreate });
  for (const { row, data } of plan.toUpdate)
    await tx.pillar.update({ where: { id: row.id }, data });
  const stored = await tx.pillar.findMany({ select: { id: true, code: true } });
  return { count: countOf(plan), pillarIds: new Map(stored.map(({ code, id }) => [code, id])) };
}
