import type { Prisma } from '../generated/prisma/client.ts';
import { INDICATOR_TRAITS } from './catalog/indicator-traits.ts';
import type { IndicatorRow, ObservationRow } from './load-seed-files.ts';
import { countOf, planChanges, type SyncCount } from './plan-changes.ts';
import { SeedDataError } from './read-csv.ts';
import { requireId } from './require-id.ts';

/**
 * Creates or corrects one Indicator per row of indicators.csv, in its pillar and with the traits
 * of the catalogue, then links each indicator to every source that published a value of it.
 */
export async function seedIndicators(
  tx: Prisma.TransactionClient,
  rows: readonly IndicatorRow[],
  observations: readonly ObservationRow[],
  ids: { pillarIds: Map<string, number>; sourceIds: Map<string, number> },
): Promise<{
  indicators: SyncCount;
  indicatorSources: SyncCount;
  indicatorIds: Map<string, number>;
}> {
  const desired = rows.map((row) => {
    const traits = INDICATOR_TRAITS[row.indicator_code];
    if (!traits) {
      throw new SeedDataError(
        `indicator ${row.indicator_code} has no entry in seed/catalog/indicator-traits.ts (additive, index weight)`,
      );
    }
    const pillarId = ids.pillarIds.get(row.pillar);
    if (pillarId === undefined) {
      throw new SeedDataError(
        `indicator ${row.indicator_code} names an unknown pillar "${row.pillar}"`,
      );
    }
    return {
      code: row.indicator_code,
      name: row.name,
      unit: row.unit,
      description: row.description,
      higherIsBetter: row.higher_is_better,
      additive: traits.additive,
      indexWeight: traits.indexWeight ?? null,
      pillarId,
    };
  });
  const codes = desired.map((indicator) => indicator.code);
  const plan = planChanges(
    desired,
    await tx.indicator.findMany({
      where: { code: { in: codes } },
      select: {
        id: true,
        code: true,
        name: true,
        unit: true,
        description: true,
        higherIsBetter: true,
        additive: true,
        indexWeight: true,
        pillarId: true,
      },
    }),
    (indicator) => indicator.code,
  );
  await tx.indicator.createMany({ data: plan.toCreate });
  for (const { row, data } of plan.toUpdate)
    await tx.indicator.update({ where: { id: row.id }, data });
  const stored = await tx.indicator.findMany({
    where: { code: { in: codes } },
    select: { id: true, code: true },
  });
  const indicatorIds = new Map(stored.map(({ code, id }) => [code, id]));

  const links = new Map<string, { indicatorId: number; sourceId: number }>();
  for (const observation of observations) {
    const indicatorId = requireId(indicatorIds, observation.indicator_code, 'indicator');
    const sourceId = requireId(ids.sourceIds, observation.source_id, 'source');
    links.set(`${indicatorId}|${sourceId}`, { indicatorId, sourceId });
  }
  const { count: created } = await tx.indicatorSource.createMany({
    data: [...links.values()],
    skipDuplicates: true,
  });
  return {
    indicators: countOf(plan),
    indicatorSources: { created, updated: 0, unchanged: links.size - created },
    indicatorIds,
  };
}
