import type { ImportedObservation } from '../import-result.ts';
import type { Top500System } from './read-systems.ts';
import { segmentIndicatorCode } from './top500-indicators.ts';

/** What the list's columns allow: accelerators from 2011-06, power from 2008-06. */
export interface ListCoverage {
  accelerators: boolean;
  power: boolean;
}

/**
 * PFlop/s kept to the TFlop/s, as prisma/data/observations.csv keeps them, and to at least four
 * significant digits: the No. 500 of June 2000 had 0.0000551 PFlop/s, which three decimals
 * would turn into zero.
 */
const toPflops = (tflops: number) => {
  const pflops = tflops / 1000;
  if (pflops === 0) return 0;
  return round(pflops, Math.max(3, 3 - Math.floor(Math.log10(Math.abs(pflops)))));
};
const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/**
 * The per-country and world observations of one list. Every country present on the list gets
 * its figures (a country absent has no systems, not a zero row); the world (WLD) gets the
 * same figures over all 500 systems except its system count and Rmax, which the list-level
 * rows (total, No. 1, No. 500, countries) already give.
 */
export function deriveObservations(
  systems: readonly Top500System[],
  period: string,
  coverage: ListCoverage,
  fileName: string,
): ImportedObservation[] {
  const observations: ImportedObservation[] = [];
  const byCountry = new Map<string, Top500System[]>();
  for (const system of systems) {
    const group = byCountry.get(system.regionCode);
    if (group) group.push(system);
    else byCountry.set(system.regionCode, [system]);
  }
  const segments = [...new Set(systems.map((system) => system.segment))].sort();

  const groupFigures = (regionCode: string, group: readonly Top500System[], isWorld: boolean) => {
    const ranks = group.map((system) => system.rank).join(', ');
    const scope = isWorld
      ? `all ${group.length} rows`
      : `the ${group.length} rows with Country "${group[0]?.countryName}"`;
    const excerpt = `${fileName}: ${scope} (ranks ${ranks})`;
    const add = (indicatorCode: string, value: number, note: string | null = null) =>
      observations.push({
        line: group[0]?.line ?? 0,
        regionCode,
        indicatorCode,
        period,
        value,
        note,
        excerpt,
      });

    const rmax = sum(group, (system) => system.rmaxTflops);
    if (!isWorld) {
      add('top500_systems', group.length);
      add('top500_rmax_pflops', toPflops(rmax));
    }
    add('top500_rpeak_pflops', toPflops(sum(group, (system) => system.rpeakTflops)));
    if (coverage.accelerators) {
      const accelerated = group.filter((system) => system.accelerated);
      add('top500_accelerated_systems', accelerated.length);
      if (rmax > 0) {
        add(
          'top500_accelerated_rmax_share_pct',
          round((100 * sum(accelerated, (system) => system.rmaxTflops)) / rmax, 2),
        );
      }
    }
    if (coverage.power) {
      const reporting = group.filter((system) => system.powerKw !== null && system.powerKw > 0);
      const powerKw = sum(reporting, (system) => system.powerKw ?? 0);
      add('top500_power_reporting_systems', reporting.length);
      if (reporting.length > 0) {
        const of = `${reporting.length} of ${group.length} systems report power.`;
        add('top500_power_mw', round(powerKw / 1000, 3), of);
        // TFlop/s per kW is GFlop/s per W.
        add(
          'top500_energy_efficiency_gflops_w',
          round(sum(reporting, (system) => system.rmaxTflops) / powerKw, 3),
          of,
        );
      }
    }
    for (const segment of segments) {
      add(
        segmentIndicatorCode(segment),
        group.filter((system) => system.segment === segment).length,
      );
    }
  };

  for (const [regionCode, group] of [...byCountry].sort(([a], [b]) => a.localeCompare(b))) {
    groupFigures(regionCode, group, false);
  }
  groupFigures('WLD', systems, true);
  observations.push(...listLevelObservations(systems, period, byCountry.size, fileName));
  return observations;
}

function listLevelObservations(
  systems: readonly Top500System[],
  period: string,
  countryCount: number,
  fileName: string,
): ImportedObservation[] {
  const byRank = [...systems].sort((a, b) => a.rank - b.rank);
  const first = byRank[0];
  const last = byRank[byRank.length - 1];
  if (!first || !last) return [];
  const world = (
    indicatorCode: string,
    value: number,
    note: string | null,
    line: number,
    excerpt: string,
  ) => ({
    line,
    regionCode: 'WLD',
    indicatorCode,
    period,
    value,
    note,
    excerpt,
  });
  const all = `${fileName}: all ${systems.length} rows`;
  return [
    world(
      'top500_rmax_total_pflops',
      toPflops(sum(systems, (system) => system.rmaxTflops)),
      null,
      first.line,
      all,
    ),
    world('top500_countries', countryCount, null, first.line, all),
    world(
      'top500_top1_rmax_pflops',
      toPflops(first.rmaxTflops),
      `No.1 = ${first.name ?? first.computer ?? first.site} (${first.regionCode}).`,
      first.line,
      first.excerpt,
    ),
    world(
      'top500_entry_rmax_pflops',
      toPflops(last.rmaxTflops),
      `No.${last.rank} = ${last.name ?? last.computer ?? last.site} (${last.regionCode}).`,
      last.line,
      last.excerpt,
    ),
  ];
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}
