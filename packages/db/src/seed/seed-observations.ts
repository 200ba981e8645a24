import { readPeriod } from '@atlas/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import { observationColumns } from '../observation-columns.ts';
import { insertObservations } from './insert-observations.ts';
import type { ObservationRow } from './load-seed-files.ts';
import { statusFromNote } from './observation-rules.ts';
import { countOf, planChanges, type SyncCount } from './plan-changes.ts';
import { requireId } from './require-id.ts';

interface Ids {
  regionIds: Map<string, number>;
  indicatorIds: Map<string, number>;
  sourceIds: Map<string, number>;
}

const keyOf = (o: { indicatorId: number; regionId: number; period: string }) =>
  `${o.indicatorId}|${o.regionId}|${o.period}`;

/**
 * Loads observations.csv. When several rows give the same indicator, region and period (sources
 * that disagree), the first row in the file is the observation and each later one is kept as an
 * ObservationAlternative. A stored value that the file changes gets an ObservationChange, so
 * nothing is overwritten without a trace.
 */
export async function seedObservations(
  tx: Prisma.TransactionClient,
  rows: readonly ObservationRow[],
  ids: Ids,
): Promise<{ observations: SyncCount; alternatives: SyncCount }> {
  const groups = new Map<
    string,
    { first: ReturnType<typeof toObservation>; later: ObservationRow[] }
  >();
  for (const row of rows) {
    const observation = toObservation(row, ids);
    const group = groups.get(keyOf(observation));
    if (group) group.later.push(row);
    else groups.set(keyOf(observation), { first: observation, later: [] });
  }

  const desired = [...groups.values()].map((group) => group.first);
  const plan = planChanges(
    desired,
    await tx.observation.findMany({
      where: { indicatorId: { in: [...ids.indicatorIds.values()] } },
      select: { id: true, ...observationColumns },
    }),
    keyOf,
  );
  await insertObservations(tx, plan.toCreate);
  for (const { row, data } of plan.toUpdate) {
    await tx.observation.update({ where: { id: row.id }, data });
    if (row.value !== data.value || row.status !== data.status || row.sourceId !== data.sourceId) {
      await tx.observationChange.create({
        data: {
          observationId: row.id,
          previousValue: row.value,
          newValue: data.value,
          previousStatus: row.status,
          previousSourceId: row.sourceId,
          previousNote: row.note,
        },
      });
    }
  }

  const alternatives = await seedAlternatives(tx, [...groups.values()], ids);
  return { observations: countOf(plan), alternatives };
}

async function seedAlternatives(
  tx: Prisma.TransactionClient,
  groups: { first: ReturnType<typeof toObservation>; later: ObservationRow[] }[],
  ids: Ids,
): Promise<SyncCount> {
  const disputed = groups.filter((group) => group.later.length > 0);
  const stored = await tx.observation.findMany({
    where: {
      OR: disputed.map(({ first: { indicatorId, regionId, period } }) => ({
        indicatorId,
        regionId,
        period,
      })),
    },
    select: { id: true, indicatorId: true, regionId: true, period: true },
  });
  const observationIds = new Map(stored.map((observation) => [keyOf(observation), observation.id]));
  const desired = disputed.flatMap(({ first, later }) =>
    later.map((row) => ({
      observationId: requireId(observationIds, keyOf(first), 'observation'),
      sourceId: requireId(ids.sourceIds, row.source_id, 'source'),
      value: row.value,
      note: row.note,
    })),
  );
  const plan = planChanges(
    desired,
    await tx.observationAlternative.findMany({
      where: { observationId: { in: [...observationIds.values()] } },
      select: { id: true, observationId: true, sourceId: true, value: true, note: true },
    }),
    (alternative) => `${alternative.observationId}|${alternative.sourceId}`,
  );
  await tx.observationAlternative.createMany({ data: plan.toCreate });
  for (const { row, data } of plan.toUpdate) {
    await tx.observationAlternative.update({ where: { id: row.id }, data });
  }
  return countOf(plan);
}

function toObservation(row: ObservationRow, ids: Ids) {
  const period = readPeriod(row.period);
  return {
    indicatorId: requireId(ids.indicatorIds, row.indicator_code, 'indicator'),
    regionId: requireId(ids.regionIds, row.region_code, 'region'),
    period: period.text,
    periodType: period.type,
    periodStart: period.start,
    value: row.value,
    status: statusFromNote(row.note),
    note: row.note,
    sourceId: requireId(ids.sourceIds, row.source_id, 'source'),
  };
}
