import type { Indicator, ObservationStatus, PrismaClient, Region } from '@atlas/db';
import type { Loaders } from '../../loaders/request-loaders.js';
import type { ObservationRow } from './observation-row.js';
import { findObservationsInRange } from './observation-store.js';
import type { PeriodRange } from './period.js';

// The least firm status among the members is the status of their sum.
const firmness: Record<ObservationStatus, number> = { FINAL: 0, PROVISIONAL: 1, PROJECTION: 2 };

function leastFirm(rows: readonly ObservationRow[]): ObservationStatus {
  return rows.reduce<ObservationStatus>(
    (status, row) => (firmness[row.status] > firmness[status] ? row.status : status),
    'FINAL',
  );
}

/**
 * Values of additive indicators for aggregate regions, summed from their members' observations
 * per period. Members without a value for a period are left out of that period's sum; the note
 * says how many members it covers and `computedFrom` lists the observations summed. Two SQL
 * statements at most, however many indicators and regions are asked for.
 */
export async function computeAggregateValues(
  prisma: PrismaClient,
  loaders: Loaders,
  indicators: readonly Indicator[],
  regions: readonly Region[],
  range: PeriodRange,
): Promise<ObservationRow[]> {
  const additive = indicators.filter((indicator) => indicator.additive);
  const aggregates = regions.filter((region) => region.kind === 'AGGREGATE');
  if (additive.length === 0 || aggregates.length === 0) return [];

  const membersOf = await loaders.regions.membersByAggregateId.loadMany(
    aggregates.map((aggregate) => aggregate.id),
  );
  const memberIdsByAggregate = new Map<number, Set<number>>();
  aggregates.forEach((aggregate, index) => {
    const members = membersOf[index];
    if (members instanceof Error) throw members;
    if (members && members.length > 0) {
      memberIdsByAggregate.set(aggregate.id, new Set(members.map((member) => member.id)));
    }
  });
  if (memberIdsByAggregate.size === 0) return [];

  const memberIds = [...new Set([...memberIdsByAggregate.values()].flatMap((ids) => [...ids]))];
  const memberRows = await findObservationsInRange(
    prisma,
    additive.map((indicator) => indicator.id),
    memberIds,
    range,
  );

  const sums = new Map<string, { aggregateId: number; rows: ObservationRow[] }>();
  for (const [aggregateId, members] of memberIdsByAggregate) {
    for (const row of memberRows) {
      if (!members.has(row.regionId)) continue;
      const key = `${row.indicatorId}:${aggregateId}:${row.period}`;
      const sum = sums.get(key) ?? { aggregateId, rows: [] };
      sum.rows.push(row);
      sums.set(key, sum);
    }
  }
  return [...sums.values()].map(({ aggregateId, rows }) => {
    const first = rows[0]!;
    const memberCount = memberIdsByAggregate.get(aggregateId)!.size;
    return {
      indicatorId: first.indicatorId,
      regionId: aggregateId,
      period: first.period,
      periodType: first.periodType,
      periodStart: first.periodStart,
      value: rows.reduce((total, row) => total + row.value, 0),
      status: leastFirm(rows),
      note: `Sum of ${rows.length} of ${memberCount} members`,
      sourceId: null,
      computedFrom: rows,
    };
  });
}

/** Stored and computed rows together; a stored value wins over a computed one for its period. */
export function withComputedValues(
  stored: readonly ObservationRow[],
  computed: readonly ObservationRow[],
): ObservationRow[] {
  const storedKeys = new Set(
    stored.map((row) => `${row.indicatorId}:${row.regionId}:${row.period}`),
  );
  return [
    ...stored,
    ...computed.filter(
      (row) => !storedKeys.has(`${row.indicatorId}:${row.regionId}:${row.period}`),
    ),
  ].sort(
    (a, b) => a.periodStart.getTime() - b.periodStart.getTime() || a.period.localeCompare(b.period),
  );
}
